package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.audit.application.AuditLog;
import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.trajectory.domain.Certificate;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import be.vierdepijler.core.trajectory.domain.TrajectoryListing;
import be.vierdepijler.core.trajectory.domain.TrajectoryRepository;
import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The certificate of a completed trajectory: for the newcomer and the counsellors who see the trajectory (its read is
 * logged, it names the newcomer), never for an organisation contact; and its public verification by code, which
 * names nobody. Both answer from the fixed record made at completion, whatever happened to the trajectory since.
 */
@ApplicationScoped
public class Certificates {

    /** The kind under which reads of a certificate are logged. */
    static final String READ_KIND = "certificate";

    @Inject
    TrajectoryAccess access;

    @Inject
    TrajectoryRepository trajectories;

    @Inject
    AuditLog audit;

    /** What a certificate of a completed trajectory says: its fixed record, and whom it names. */
    public record CertificateData(Certificate certificate, String firstName, String lastName) {
    }

    /** What the public verification of a certificate code may say: never a name. */
    public record Verification(boolean valid, LocalDate completedOn, BigDecimal hours, String contentHash) {
    }

    @Transactional
    public CertificateData certificate(Caller caller, long id) {
        TrajectoryListing listing = access.listingInScope(caller, id);
        if (TrajectoryAccess.isOrganisationContact(caller)) {
            throw new ForbiddenException("Het attest is voor de inburgeraar en de trajectbegeleiding.");
        }
        Trajectory t = listing.trajectory();
        if (t.status() != TrajectoryStatus.COMPLETED) {
            throw new ConflictException("not-completed", "Er is pas een attest wanneer het traject voltooid is; nu "
                    + t.confirmedHours().stripTrailingZeros().toPlainString() + " van "
                    + t.targetHours().stripTrailingZeros().toPlainString() + " uur bevestigd.");
        }
        audit.recordRead(caller, READ_KIND, String.valueOf(id));
        Certificate certificate = t.certificate().orElseThrow(() -> new IllegalStateException("completed trajectory "
                + id + " has no certificate record"));
        return new CertificateData(certificate, listing.newcomerFirstName(), listing.newcomerLastName());
    }

    /** The certificate's record as it was made at completion, whatever happened to the trajectory since. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Verification verify(String code) {
        return trajectories.certificate(code)
                .map(c -> new Verification(true, c.completedOn(), c.confirmedHours(), c.contentHash()))
                .orElse(new Verification(false, null, null, null));
    }
}
