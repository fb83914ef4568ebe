package be.vierdepijler.core.port;

/**
 * The open offers of one trajectory type in one municipality (a row of a {@code GROUP BY}).
 *
 * @param offers     published offers whose active period covers the day, full ones included
 * @param freePlaces their capacity minus the places taken
 */
public record FreePlaces(String municipalityNis, String typeId, long offers, long freePlaces) {
}
