package be.vierdepijler.core.report.domain;

import java.math.BigDecimal;

/**
 * Confirmed hours under one reporting category of one trajectory type (e.g. alternative / conversation-group).
 *
 * @param hours          every confirmed hour in the scope, whenever worked
 * @param hoursThisMonth the confirmed hours worked in the report's month
 */
public record CategoryFigures(String typeId, String categoryId, BigDecimal hours, BigDecimal hoursThisMonth) {
}
