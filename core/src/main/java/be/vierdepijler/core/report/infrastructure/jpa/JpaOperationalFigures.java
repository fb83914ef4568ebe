package be.vierdepijler.core.report.infrastructure.jpa;

import be.vierdepijler.core.report.domain.OperationalFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;

/**
 * The operational figures in three cheap statements, fit for a Flanders-sized database (docs/benchmarks.md): confirmed
 * hours from the roll-up and its unfolded changes (docs/adr/0018: a few thousand rows, whatever the number of hour
 * entries); hours recorded are those plus the pending and rejected entries, found through the index on the entries'
 * status (the few not yet decided, and the rejected ones); pending mails through the outbox's index on status.
 */
@ApplicationScoped
public class JpaOperationalFigures implements OperationalFigures.Source {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public OperationalFigures read() {
        BigDecimal confirmed = decimal(em.createNativeQuery("select coalesce(sum(x.hours), 0) from ("
                + JpaReportRepository.HOURS + ") x").getSingleResult());
        BigDecimal undecided = decimal(em.createNativeQuery("select coalesce(sum(hours), 0) from hour_entry"
                + " where status in ('PENDING', 'REJECTED')").getSingleResult());
        long mails = ((Number) em.createNativeQuery("select count(*) from mail_outbox"
                + " where status in ('queued', 'sending')").getSingleResult()).longValue();
        return new OperationalFigures(confirmed.add(undecided), confirmed, mails);
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
