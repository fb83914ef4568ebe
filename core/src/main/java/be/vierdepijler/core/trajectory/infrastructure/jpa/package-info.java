/** Trajectories, placements, hour entries, confirmation links and referrals in the database. */
package be.vierdepijler.core.trajectory.infrastructure.jpa;
