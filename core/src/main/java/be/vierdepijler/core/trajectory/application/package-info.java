/**
 * Following trajectories: open and plan them, move them through their statuses, place newcomers in offers or with
 * buddies (taking the place through the {@code core.placement} ports), report and confirm hours (by a counsellor or
 * through a contact person's confirmation link), certificates and referrals. Commands on one trajectory run under
 * optimistic locking and are retried on a concurrent change ({@link be.vierdepijler.core.trajectory.application.Retry}),
 * so that two entries or confirmations at once lose nothing and count nothing twice.
 */
package be.vierdepijler.core.trajectory.application;
