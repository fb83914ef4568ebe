package be.vierdepijler.core.trajectory.domain;

import java.util.List;

/** The referrals of trajectories: written once at a handover, read back in the order they happened. */
public interface ReferralRepository {

    /** Stores the referral and writes it at once. */
    Referral add(Referral referral);

    /** The referrals of one trajectory, oldest first. */
    List<Referral> ofTrajectory(long trajectoryId);
}
