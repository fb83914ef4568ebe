/**
 * {@code /api/v1/trajectory-types}: the trajectory types deployed with the application, their placement form (field
 * schema), reporting categories and rules, in the language of {@code Accept-Language}; and a pre-check of placement
 * attributes. Knows types only through core's SPI: a type added in its own module appears here unchanged.
 */
package be.vierdepijler.web.api.trajectorytype;
