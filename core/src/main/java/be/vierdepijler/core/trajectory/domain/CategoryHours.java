package be.vierdepijler.core.trajectory.domain;

import java.math.BigDecimal;

/** Confirmed hours of a trajectory under one reporting category of one trajectory type. */
public record CategoryHours(String typeId, String categoryId, BigDecimal hours) {
}
