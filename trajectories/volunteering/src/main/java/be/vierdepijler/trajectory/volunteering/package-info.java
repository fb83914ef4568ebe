/**
 * The trajectory type {@code volunteering} (toeleiding naar vrijwilligerswerk): organisation, role and confirmed
 * volunteer insurance. Reports as "Vrijwilligerswerk". Depends on core's SPI only.
 */
package be.vierdepijler.trajectory.volunteering;
