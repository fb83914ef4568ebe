/**
 * The trajectory type {@code alternative} (alternatief traject): a required subtype — conversatiegroep, cursus,
 * socio-culturele vereniging, sport, informele participatie, andere — each its own reporting category, always in a group
 * or a duo. Depends on core's SPI only.
 */
package be.vierdepijler.trajectory.alternative;
