/**
 * Following trajectories, one service per use case: open, plan and move them through their statuses
 * ({@link be.vierdepijler.core.trajectory.application.TrajectoryService}), place newcomers in offers or with buddies
 * (taking the place through the {@code core.port} ports), report and decide hours
 * ({@link be.vierdepijler.core.trajectory.application.HourEntries}, or a contact person's confirmation link),
 * certificates ({@link be.vierdepijler.core.trajectory.application.Certificates}) and referrals
 * ({@link be.vierdepijler.core.trajectory.application.Referrals}). Who sees and changes a trajectory is
 * {@link be.vierdepijler.core.trajectory.application.TrajectoryAccess}; what follows its closing,
 * {@link be.vierdepijler.core.trajectory.application.TrajectoryClosure}. Commands on one trajectory run under
 * optimistic locking and are retried on a concurrent change ({@link be.vierdepijler.core.trajectory.application.Retry}),
 * so that two entries or confirmations at once lose nothing and count nothing twice.
 */
package be.vierdepijler.core.trajectory.application;
