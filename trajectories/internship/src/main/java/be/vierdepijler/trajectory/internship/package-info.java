/**
 * The trajectory type {@code internship} (kennismakingsstage): host organisation and its kind, supervisor, period and
 * signed agreement; at most 8 hours a day within the period. Reports as "Stage". Depends on core's SPI only.
 */
package be.vierdepijler.trajectory.internship;
