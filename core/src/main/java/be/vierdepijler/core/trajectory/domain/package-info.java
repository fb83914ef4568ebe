/**
 * The participation trajectory (participatie- en netwerktraject): the {@link
 * be.vierdepijler.core.trajectory.domain.Trajectory} aggregate with its placements and hour entries, the confirmation
 * links of contact persons, certificate codes and referrals between networks, and the rules a new placement meets
 * ({@link be.vierdepijler.core.trajectory.domain.PlacementRules}). Type-specific rules come from the
 * trajectory types through the SPI ({@code be.vierdepijler.core.spi}); this package never names a type.
 */
package be.vierdepijler.core.trajectory.domain;
