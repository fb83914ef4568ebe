/**
 * The offer aggregate (aanbod): what a partner organisation offers newcomers in one municipality, as part of a
 * trajectory type under one of its reporting categories, with its capacity and the places taken. The offer itself is
 * public partner information; its contact person is personal data, and every change is audited. {@link
 * be.vierdepijler.regions.offer.domain.DutchText} turns Dutch text into the terms the catalogue is searched by.
 */
package be.vierdepijler.regions.offer.domain;
