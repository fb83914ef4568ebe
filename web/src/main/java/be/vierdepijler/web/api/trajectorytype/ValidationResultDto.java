package be.vierdepijler.web.api.trajectorytype;

/**
 * The answer to a pre-check that passed.
 *
 * @param valid             always true (invalid attributes answer 400 with the violations)
 * @param trajectoryType    the type the attributes were checked against
 * @param reportingCategory the category a placement with these attributes would count under
 */
public record ValidationResultDto(boolean valid, String trajectoryType, ReportingCategoryDto reportingCategory) {
}
