/**
 * Flanders' reference data as shipped with the application: {@code reference/municipalities-2025.csv} (derived from
 * the public provinciesincijfers.be area-level tables, all 304 municipalities with NIS code, region, province and reference region) read into the 18
 * networks and the municipalities assigned to them. Used by the migration that loads it into a fresh database.
 */
package be.vierdepijler.regions.referencedata;
