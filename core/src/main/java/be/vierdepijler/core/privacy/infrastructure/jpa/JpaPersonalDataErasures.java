package be.vierdepijler.core.privacy.infrastructure.jpa;

import be.vierdepijler.core.privacy.domain.PersonalDataErasure;
import be.vierdepijler.core.privacy.domain.PersonalDataErasures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** The erasures in table {@code personal_data_erasure}. */
@ApplicationScoped
public class JpaPersonalDataErasures implements PersonalDataErasures {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public void add(PersonalDataErasure erasure) {
        em.persist(erasure);
    }

    @Override
    public List<PersonalDataErasure> of(String subjectKind, String subjectId) {
        return select(subjectKind, subjectId).getResultList();
    }

    @Override
    public Optional<PersonalDataErasure> first(String subjectKind, String subjectId) {
        return select(subjectKind, subjectId).setMaxResults(1).getResultStream().findFirst();
    }

    private TypedQuery<PersonalDataErasure> select(String kind, String id) {
        return em.createQuery("select e from PersonalDataErasure e where e.subjectKind = :kind"
                        + " and e.subjectId = :id order by e.erasedAt", PersonalDataErasure.class)
                .setParameter("kind", kind).setParameter("id", id);
    }
}
