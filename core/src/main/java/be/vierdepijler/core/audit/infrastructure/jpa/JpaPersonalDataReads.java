package be.vierdepijler.core.audit.infrastructure.jpa;

import be.vierdepijler.core.audit.domain.PersonalDataRead;
import be.vierdepijler.core.audit.domain.PersonalDataReads;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.shared.infrastructure.JpqlPage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reads log in table {@code personal_data_read}, filtered, counted and paged in the database. */
@ApplicationScoped
public class JpaPersonalDataReads implements PersonalDataReads {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public void add(PersonalDataRead read) {
        em.persist(read);
    }

    @Override
    public Page<PersonalDataRead> find(String subjectKind, String subjectId, String readBy, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (subjectKind != null) {
            where.append(" and r.subjectKind = :kind");
            params.put("kind", subjectKind);
        }
        if (subjectId != null) {
            where.append(" and r.subjectId = :id");
            params.put("id", subjectId);
        }
        if (readBy != null) {
            where.append(" and r.readBy = :by");
            params.put("by", readBy);
        }
        String order = " order by r.readAt " + (page.descending() ? "asc" : "desc") + ", r.id desc";
        return JpqlPage.of(em, PersonalDataRead.class, "r", where.toString(), order, params, page);
    }


    @Override
    public List<PersonalDataRead> of(String subjectKind, String subjectId, int max) {
        return em.createQuery("select r from PersonalDataRead r where r.subjectKind = :kind and r.subjectId = :id"
                        + " order by r.readAt desc, r.id desc", PersonalDataRead.class)
                .setParameter("kind", subjectKind).setParameter("id", subjectId).setMaxResults(max).getResultList();
    }
}
