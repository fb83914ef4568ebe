/**
 * The trajectory type {@code buddy} (buddywerking): a duo of a newcomer and a registered buddy, its meeting rhythm and
 * shared languages. Reports as "Buddywerking". Depends on core's SPI only.
 */
package be.vierdepijler.trajectory.buddy;
