/**
 * {@code /api/v1/trajectories}: trajectories with their placements, hours, confirmations, certificate and referrals.
 */
package be.vierdepijler.web.api.trajectory;
