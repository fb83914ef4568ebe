package be.vierdepijler.core.privacy.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.shared.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pseudonymises every person whose retention period ended ({@link RetentionPolicy}), for every kind of person whose
 * {@link PersonalDataHolder} has a retention rule: newcomers whose trajectories all closed before the cutoff, buddies
 * who stopped before it. Runs nightly on every node and whenever an administrator asks.
 *
 * <p>Safe on several nodes at once without a coordinator: each person is erased in a transaction of their own that
 * starts with the holder's claim, one conditional update ({@code … where erased_at is null}) which exactly one
 * transaction wins; a run that loses a person to another counts them as due, not erased, and goes on. Candidates are
 * read in batches by ascending id, so that a run over 250,000 newcomers never holds them all; a failure of one person
 * is logged and counted, and the next run tries again.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class RetentionJob {

    /** Who erased, as kept with each erasure and in the audit revisions' own stamp when no user is signed in. */
    public static final String BY = "retention";
    static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    @Inject
    RetentionPolicy policy;

    @Inject
    PersonalDataService rights;

    @Inject
    InNewTransaction transaction;

    @Inject
    @Any
    Instance<PersonalDataHolder> holders;

    @Inject
    Clock clock;

    /**
     * A run an administrator starts now (the nightly one does the same).
     *
     * @throws ForbiddenException for anyone but an administrator
     */
    public RetentionRun runFor(Caller caller) {
        if (!caller.isAdministrator()) {
            throw new ForbiddenException("Alleen beheerders starten de bewaartermijn-opkuis.");
        }
        return run(BY + ":" + caller.username());
    }

    /** The nightly run. */
    public RetentionRun run() {
        return run(BY);
    }

    private RetentionRun run(String by) {
        Instant started = clock.instant();
        LocalDate cutoff = policy.cutoff(LocalDate.now(clock));
        List<PersonalDataHolder> kinds = holders.stream().sorted(Comparator.comparing(PersonalDataHolder::kind))
                .toList();
        List<RetentionRun.KindCount> counts = new ArrayList<>();
        for (PersonalDataHolder holder : kinds) {
            counts.add(run(holder, cutoff, by));
        }
        RetentionRun run = new RetentionRun(policy.months(), cutoff, by, started, clock.instant(), counts);
        LOG.info(() -> "Retention run (" + by + ", before " + cutoff + "): " + counts);
        return run;
    }

    private RetentionRun.KindCount run(PersonalDataHolder holder, LocalDate cutoff, String by) {
        int due = 0;
        int erased = 0;
        int failed = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> batch = transaction.call(() -> holder.dueForErasure(cutoff, from, BATCH));
            if (batch.isEmpty()) {
                break;
            }
            for (long id : batch) {
                due++;
                try {
                    if (rights.eraseForRetention(holder.kind(), id, cutoff, by)) {
                        erased++;
                    }
                } catch (RuntimeException e) {
                    failed++;
                    LOG.log(Level.WARNING, e, () -> "Retention could not erase " + holder.kind() + " " + id);
                }
            }
            after = batch.get(batch.size() - 1);
        }
        return new RetentionRun.KindCount(holder.kind(), due, erased, failed);
    }
}
