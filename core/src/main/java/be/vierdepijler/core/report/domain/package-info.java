/**
 * Aggregated figures for dashboards and the agency's reports: what a report counts ({@link
 * be.vierdepijler.core.report.domain.ReportScope}) and the figures themselves; demand against offer per municipality
 * and trajectory type ({@link be.vierdepijler.core.report.domain.SupplyDemand}), with the port through which regions
 * counts the offers' free places ({@link be.vierdepijler.core.port.OfferSupply}). Never a person: counts and
 * sums only.
 */
package be.vierdepijler.core.report.domain;

import be.vierdepijler.core.port.OfferSupply;

