package be.vierdepijler.core.report.domain;

import java.math.BigDecimal;

/**
 * The few business figures an operator watches beside the server's own (docs/operations.md, "Metrics and logs"): all
 * hours ever recorded and those confirmed, over every network, and the mails waiting in the outbox. Never a person.
 *
 * @param hoursRecorded  hours of every hour entry: confirmed, pending and rejected
 * @param hoursConfirmed confirmed hours, the dashboard's total over all networks
 * @param mailsPending   mails queued or being sent (not yet sent, failed for good or not configured)
 */
public record OperationalFigures(BigDecimal hoursRecorded, BigDecimal hoursConfirmed, long mailsPending) {

    /** Reads the figures; each read is a few indexed aggregates, never a scan of all hour entries. */
    public interface Source {

        OperationalFigures read();
    }
}
