/**
 * The trajectory SPI: how a kind of activity (buddywerking, kennismakingsstage, vrijwilligerswerk, alternatief traject,
 * or one a third party adds) plugs into the participatie- en netwerktraject without a change in core, regions or web.
 *
 * <h2>The contract</h2>
 * A type is a CDI bean implementing {@link be.vierdepijler.core.spi.TrajectoryType}: a stable kebab-case id, Dutch and
 * English label and description, the {@link be.vierdepijler.core.spi.FieldSchema} of its placements, its
 * {@link be.vierdepijler.core.spi.ReportingCategory reporting categories}, which newcomers it
 * {@link be.vierdepijler.core.spi.Suitability suits}, its {@link be.vierdepijler.core.spi.HourPolicy hour policy},
 * whether a newcomer is {@link be.vierdepijler.core.spi.PlacedWith placed with} a buddy or in an offer of the type
 * (said explicitly, and checked against the schema: a buddy placement has a reference field to a buddy) and,
 * optionally, its own rules ({@code checkRules}). Core, regions and web never name a type by its id: they ask the
 * registry and the type (ADR 0004). The {@link be.vierdepijler.core.spi.PlacementValidator} applies the
 * schema and then those rules for every type alike. Optional capabilities are small separate interfaces a type may
 * also implement (e.g. {@link be.vierdepijler.core.spi.DatedPlacements}, or
 * {@link be.vierdepijler.core.spi.MatchScoring} to weigh in when newcomers are matched to offers of the type), asked for with
 * {@code type.capability(DatedPlacements.class)}; the contract itself does not grow.
 *
 * <h2>Lifecycle</h2>
 * <ul>
 *   <li><b>Once per deployment.</b> Each type is an {@code @ApplicationScoped} bean in a jar with a
 *   {@code META-INF/beans.xml} in the EAR's {@code lib/} (a jar in the WAR's {@code WEB-INF/lib} is not visible to
 *   the registry). The container creates one instance; it lives until undeployment.</li>
 *   <li><b>Discovery at start.</b> When the application starts, the
 *   {@link be.vierdepijler.core.spi.TrajectoryTypeRegistry} (also {@code @ApplicationScoped}) collects every
 *   {@code TrajectoryType} bean through {@code @Any Instance<TrajectoryType>}, asks each for its id and metadata once,
 *   and builds an immutable {@link be.vierdepijler.core.spi.TrajectoryTypeIndex}. A malformed or duplicate id, a
 *   type without metadata, or a {@code placedWith()} its schema contradicts, throws {@link be.vierdepijler.core.spi.TrajectoryTypeDefinitionException} and fails the
 *   deployment with a message naming the classes: a broken catalogue never serves a request.</li>
 *   <li><b>Per request, per placement.</b> Callers (the API, later the placement and hour services) look a type up by
 *   id and call it: {@code validate}, {@code reportingCategory}, {@code hourPolicy().checkDay}. Nothing is created per
 *   call by the SPI.</li>
 *   <li><b>Ids are forever.</b> The id is stored with every placement; renaming it orphans them. Labels may change.</li>
 * </ul>
 *
 * <h2>Threading</h2>
 * <ul>
 *   <li>A type instance is shared by every thread of the server. It must be <b>stateless</b> (or hold only immutable
 *   values built in its constructor, such as its schema) and <b>thread-safe</b>; its methods answer the same for the
 *   life of the deployment.</li>
 *   <li>Every method must be <b>light-weight</b>: pure computation over its arguments, no database, no remote call, no
 *   blocking. The API calls {@code schema()} and {@code label()} on every listing, {@code validate} on every form
 *   check. A type that needs data (e.g. whether a buddy exists) leaves that to the application service that calls it.</li>
 *   <li>Values the SPI hands around ({@link be.vierdepijler.core.spi.FieldSchema},
 *   {@link be.vierdepijler.core.spi.PlacementAttributes}, {@link be.vierdepijler.core.spi.HourPolicy}, …) are
 *   immutable and may be cached by callers.</li>
 * </ul>
 *
 * <h2>Testing a type</h2>
 * Core's test-jar holds {@code TrajectoryTypeContract}, an abstract JUnit 5 class: a type's module extends it with its
 * own type and a valid set of attributes, and gets the checks every type must pass (id, labels, schema, categories,
 * hour cap, required fields, the CDI scope). See {@code docs/adding-a-trajectory-type.md}.
 */
package be.vierdepijler.core.spi;
