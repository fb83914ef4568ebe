package be.vierdepijler.regions.funding.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.imports.domain.RowOutcome;
import be.vierdepijler.core.shared.ConcurrentModificationException;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.regions.funding.domain.FundingCall;
import be.vierdepijler.regions.funding.domain.FundingCallDetails;
import be.vierdepijler.regions.funding.domain.FundingCallFilter;
import be.vierdepijler.regions.funding.domain.FundingCallRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The funding calls: administrators register and change them; coordinators and viewers read them. */
@ApplicationScoped
@Transactional
public class FundingCalls {

    @Inject
    FundingCallRepository calls;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    /** Whether the caller may register and change calls and projects (what {@code register} and the others check). */
    public static boolean mayManage(Caller caller) {
        return FundingAccess.changes(caller);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<FundingCall> find(Caller caller, FundingCallFilter filter, PageRequest page) {
        FundingAccess.mayRead(caller);
        return calls.find(filter, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public FundingCall get(Caller caller, long id) {
        FundingAccess.mayRead(caller);
        return calls.byId(id).orElseThrow(() -> new NotFoundException("oproep", String.valueOf(id)));
    }

    /** The call with this reference (case ignored), for an import's check. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<FundingCall> byReference(String reference) {
        return calls.byReference(reference);
    }

    public FundingCall register(Caller caller, FundingCallDetails details) {
        FundingAccess.mayChange(caller);
        refuseIfInvalid(details);
        if (calls.byReference(details.reference()).isPresent()) {
            throw new InvalidInputException("reference", "duplicate", "Er bestaat al een oproep met referentie '"
                    + details.reference().strip() + "'.");
        }
        return calls.add(new FundingCall(details, clock.instant()));
    }

    public FundingCall change(Caller caller, long id, long expectedVersion, FundingCallDetails details) {
        FundingAccess.mayChange(caller);
        FundingCall call = calls.byIdForAward(id).orElseThrow(() -> new NotFoundException("oproep",
                String.valueOf(id)));
        if (call.version() != expectedVersion) {
            throw new ConcurrentModificationException("oproep", String.valueOf(id), call.version());
        }
        refuseIfInvalid(details);
        List<FieldViolation> v = new ArrayList<>();
        calls.byReference(details.reference()).filter(other -> !other.id().equals(call.id())).ifPresent(other ->
                v.add(new FieldViolation("reference", "duplicate", "Er bestaat al een oproep met referentie '"
                        + details.reference().strip() + "'.")));
        BigDecimal awarded = calls.fixedAwards(id, null);
        if (awarded.compareTo(details.totalBudget()) > 0) {
            v.add(new FieldViolation("totalBudget", "below-awards", "De projecten van deze oproep kregen al "
                    + awarded.toPlainString() + " euro toegekend, meer dan dit budget."));
        }
        BigDecimal largest = calls.largestFixedAward(id);
        if (details.maxPerProject() != null && largest != null && largest.compareTo(details.maxPerProject()) > 0) {
            v.add(new FieldViolation("maxPerProject", "below-awards", "Een project van deze oproep kreeg al "
                    + largest.toPlainString() + " euro toegekend, meer dan dit maximum."));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        call.apply(details);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentModificationException("oproep", String.valueOf(id), call.version());
        }
        return call;
    }

    /** Creates or updates the call with the details' reference (an import row). */
    public RowOutcome importCall(Caller caller, FundingCallDetails details) {
        Optional<FundingCall> existing = calls.byReference(details.reference());
        if (existing.isEmpty()) {
            register(caller, details);
            return RowOutcome.CREATED;
        }
        if (existing.get().holds(details)) {
            return RowOutcome.UNCHANGED;
        }
        change(caller, existing.get().id(), existing.get().version(), details);
        return RowOutcome.UPDATED;
    }

    private static void refuseIfInvalid(FundingCallDetails details) {
        var violations = details.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }
}
