/**
 * The regions module: the 18 regional organisation networks (regionale organisatienetwerken), the municipalities
 * (lokale besturen) of Flanders and Brussels and their membership of a network, and the partner organisations with
 * their contact persons. Later also the offer catalogue and funding.
 *
 * <p>Packages by aggregate ({@code network}, {@code municipality}, {@code organisation}), then layer ({@code domain}, {@code application},
 * {@code infrastructure.jpa}). The module owns its tables (persistence unit {@code regions}); its Flyway migrations
 * live under {@code db/migration/regions}. Other modules refer to a network or municipality by its id only.
 */
package be.vierdepijler.regions;
