package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.newcomer.domain.Newcomer;
import be.vierdepijler.core.newcomer.domain.NewcomerRepository;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.trajectory.domain.Referral;
import be.vierdepijler.core.trajectory.domain.ReferralRepository;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Warm handovers: a counsellor or coordinator refers an open trajectory to the network of the newcomer's new
 * municipality; the newcomer, the trajectory, its placements and hours go along, and a referral records who, why and a
 * note for the next counsellor. The sending network no longer sees the trajectory afterwards; an organisation contact
 * never sees referrals.
 */
@ApplicationScoped
public class Referrals {

    static final int MIN_MOTIVATION = 10;
    static final int MAX_MOTIVATION = 1000;
    static final int MAX_NOTE = 2000;

    @Inject
    TrajectoryAccess access;

    @Inject
    NewcomerRepository newcomers;

    @Inject
    ReferralRepository referrals;

    @Inject
    PlaceDirectory places;

    @Inject
    Clock clock;

    /**
     * Refers an open trajectory to the network of {@code municipalityNis}.
     *
     * @throws InvalidInputException with every reason the referral cannot be made
     */
    @Transactional
    public Referral refer(Caller caller, long id, Long expectedVersion, String municipalityNis, String motivation,
                          String handoverNote) {
        Trajectory trajectory = access.forChange(caller, id, expectedVersion);
        String nis = municipalityNis == null ? null : municipalityNis.strip();
        String toNetwork = nis == null ? null : places.networkOfMunicipality(nis).orElse(null);
        String text = motivation == null ? "" : motivation.strip();
        String note = handoverNote == null || handoverNote.isBlank() ? null : handoverNote.strip();
        List<FieldViolation> problems = check(municipalityNis, toNetwork, trajectory.networkId(), text, note);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Newcomer newcomer = newcomers.byId(trajectory.newcomerId()).orElseThrow();
        Referral referral = new Referral(id, trajectory.networkId(), toNetwork, trajectory.municipalityNis(), nis,
                text, note, caller.username(), clock.instant());
        trajectory.referTo(nis, toNetwork);
        newcomer.moveTo(nis, toNetwork);
        return referrals.add(referral);
    }

    /**
     * Why a referral cannot be made: to a municipality that does not exist or lies in the same network, without a
     * motivation of 10 to 1000 characters, or with a handover note over 2000.
     *
     * @param toNetwork the network of the municipality, null when there is no such municipality
     * @param motivation stripped, empty when not given
     * @param note       stripped, null when not given
     */
    static List<FieldViolation> check(String municipalityNis, String toNetwork, String fromNetwork, String motivation,
                                      String note) {
        List<FieldViolation> problems = new ArrayList<>();
        if (toNetwork == null) {
            problems.add(new FieldViolation("municipalityNis", "unknown-municipality",
                    "Er bestaat geen gemeente met NIS-code '" + municipalityNis + "'."));
        } else if (toNetwork.equals(fromNetwork)) {
            problems.add(new FieldViolation("municipalityNis", "same-network",
                    "Die gemeente ligt in hetzelfde netwerk: wijzig de gemeente van de inburgeraar."));
        }
        if (motivation.length() < MIN_MOTIVATION || motivation.length() > MAX_MOTIVATION) {
            problems.add(new FieldViolation("motivation", "required",
                    "Motiveer de doorverwijzing in 10 tot 1000 tekens."));
        }
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(new FieldViolation("handoverNote", "too-long", "Hoogstens 2000 tekens."));
        }
        return problems;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Referral> referrals(Caller caller, long id) {
        access.listingInScope(caller, id);
        if (TrajectoryAccess.isOrganisationContact(caller)) {
            return List.of();
        }
        return referrals.ofTrajectory(id);
    }
}
