package be.vierdepijler.core.port;

import be.vierdepijler.core.spi.DutchLevel;
import java.time.LocalDate;

/**
 * An offer of the catalogue as a placement sees it.
 *
 * @param id                 the offer id
 * @param title              its title, in Dutch
 * @param organisationId     the partner organisation that offers it
 * @param organisationName   that organisation's name
 * @param trajectoryTypeId   the trajectory type a placement in it has (an id of the registry)
 * @param reportingCategory  the reporting category its hours count under (a code of that type)
 * @param municipalityNis    where it takes place
 * @param networkId          the network of that municipality
 * @param requiredLevel      the Dutch level a newcomer needs for it
 * @param capacity           how many newcomers it takes at once
 * @param placesTaken        how many of those places are taken
 * @param activeFrom         first day it runs; null when open-ended
 * @param activeUntil        last day it runs; null when open-ended
 * @param open               whether it takes newcomers now (status published, within its period)
 * @param contactName        the contact person who confirms hours; null when the offer names none
 * @param contactEmail       that person's e-mail address; null when unknown
 */
public record PlaceableOffer(long id, String title, long organisationId, String organisationName,
                             String trajectoryTypeId, String reportingCategory, String municipalityNis,
                             String networkId, DutchLevel requiredLevel, int capacity, int placesTaken,
                             LocalDate activeFrom, LocalDate activeUntil, boolean open, String contactName,
                             String contactEmail) {

    public int freePlaces() {
        return Math.max(0, capacity - placesTaken);
    }
}
