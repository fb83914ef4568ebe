package be.vierdepijler.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Every personal value the database holds at this moment: names, e-mail addresses, phone numbers and addresses of
 * newcomers, buddies, participation requests, users, organisations' contacts and offers' contacts. Deployed only in
 * {@link PersonalDataInLogIT}'s copy of the EAR, behind the same sign-in as the rest of the API; never part of the
 * application.
 */
@Path("test-fixtures")
@RequestScoped
public class PersonalValuesFixture {

    /** Table and column of each personal field the application stores (all modules). */
    static final List<String> FIELDS = List.of("newcomer.first_name", "newcomer.last_name", "newcomer.email",
            "newcomer.phone", "buddy.first_name", "buddy.last_name", "buddy.email", "buddy.phone",
            "participation_request.first_name", "participation_request.email", "participation_request.phone",
            "app_user.display_name", "app_user.email", "organisation_contact.name", "organisation_contact.email",
            "organisation_contact.phone", "offer.contact_name", "offer.contact_email", "offer.contact_phone",
            "offer.address", "organisation.address", "confirmation_link.contact_name",
            "confirmation_link.emailed_to");

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @GET
    @Path("personal-values")
    @Produces(MediaType.APPLICATION_JSON)
    public List<String> personalValues() {
        TreeSet<String> values = new TreeSet<>();
        for (String field : FIELDS) {
            String[] tableColumn = field.split("\\.");
            List<?> rows = em.createNativeQuery("select distinct " + tableColumn[1] + " from " + tableColumn[0]
                    + " where " + tableColumn[1] + " is not null").getResultList();
            rows.stream().filter(Objects::nonNull).map(Object::toString).map(String::strip)
                    .filter(v -> !v.isEmpty()).forEach(values::add);
        }
        return List.copyOf(values);
    }
}
