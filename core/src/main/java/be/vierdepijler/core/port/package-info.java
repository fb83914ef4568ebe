/**
 * The ports between core and the modules beside it, in one place: what core asks and who answers. core owns the
 * trajectory, the newcomer, the buddy, the hours and the reports, but not the networks, the municipalities or the offer
 * catalogue (regions does); it reaches them only through these interfaces, implemented by a CDI bean of the module
 * that owns the data.
 *
 * <table>
 *   <caption>Ports, who uses them and who implements them</caption>
 *   <tr><th>port</th><th>asked by</th><th>implemented by</th></tr>
 *   <tr><td>{@link be.vierdepijler.core.port.PlaceDirectory} (with {@link be.vierdepijler.core.port.MunicipalityPlace},
 *       {@link be.vierdepijler.core.port.Residence}): networks, municipalities, where a person lives</td>
 *       <td>users, newcomers, buddies, reports</td>
 *       <td>regions: {@code municipality.infrastructure.jpa.RegionsPlaceDirectory}</td></tr>
 *   <tr><td>{@link be.vierdepijler.core.port.OfferPlaces} (with {@link be.vierdepijler.core.port.PlaceableOffer}):
 *       read an offer for a placement, take and give back a place, atomically</td>
 *       <td>trajectory (placements)</td>
 *       <td>regions: {@code offer.application.CatalogueOfferPlaces}</td></tr>
 *   <tr><td>{@link be.vierdepijler.core.port.BuddyPlaces} (with {@link be.vierdepijler.core.port.PlaceableBuddy}):
 *       read a buddy for a placement, take and give back a duo</td>
 *       <td>trajectory (placements)</td>
 *       <td>core: {@code buddy.infrastructure.jpa.JpaBuddyPlaces}</td></tr>
 *   <tr><td>{@link be.vierdepijler.core.port.BuddyWithdrew}: the event of a buddy who stopped</td>
 *       <td>fired by buddies</td>
 *       <td>observed by trajectory (their duos end)</td></tr>
 *   <tr><td>{@link be.vierdepijler.core.port.OfferSupply} (with {@link be.vierdepijler.core.port.FreePlaces}): free
 *       places of the published offers per municipality and type</td>
 *       <td>reports (supply and demand)</td>
 *       <td>regions: {@code offer.infrastructure.jpa.JpaOfferSupply}</td></tr>
 * </table>
 *
 * <p>Two ports stay in {@code core.matching.domain} because their values are matching's own (a candidate is a sealed
 * type of the matching domain, a place knows how near another is): {@code OfferCandidates} (implemented by regions'
 * {@code JpaOfferCandidates}) and {@code MatchingPlaces} (regions' {@code RegionsMatchingPlaces}), with
 * {@code CandidateChanges}, through which regions tells matching that an offer changed. The import's extension points
 * ({@code core.imports.domain.ImportKind}, {@code ImportPersistence}) and the trajectory types
 * ({@code core.spi}) are plug-ins rather than ports and keep their own packages. ModuleRulesTest names the core
 * packages regions may use.
 *
 * <p>This package depends on nothing of core but the SPI's values, so every aggregate may use it without a cycle.
 */
package be.vierdepijler.core.port;
