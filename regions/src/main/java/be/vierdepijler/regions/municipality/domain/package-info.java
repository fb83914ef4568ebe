/**
 * The municipality aggregate (lokaal bestuur): NIS code, name, province, reference region, the network it lies in,
 * and its {@link be.vierdepijler.regions.municipality.domain.Membership} of that network (taking part from/until).
 * The 304 municipalities of 2025 are reference data, loaded by migration; only the membership is edited.
 */
package be.vierdepijler.regions.municipality.domain;
