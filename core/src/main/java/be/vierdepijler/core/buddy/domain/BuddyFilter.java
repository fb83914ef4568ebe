package be.vierdepijler.core.buddy.domain;

/**
 * What a list of buddies is narrowed to; each part optional (null).
 *
 * @param query     part of the name (first or last name first; case and accents do not matter) or the reference
 * @param available only buddies who may be matched now and have a free duo (true), or only the others (false)
 * @param language  an ISO 639-1 code the buddy speaks
 * @param interest  a code of {@link be.vierdepijler.core.profile.domain.Interest}
 * @param registeredBy how they came in: e.g. the self-registrations awaiting screening
 */
public record BuddyFilter(String query, String networkId, String municipalityNis, ScreeningStatus screening,
                          TrainingStatus training, BuddyStatus status, Boolean available, String language,
                          String interest, RegistrationChannel registeredBy) {

    public static BuddyFilter none() {
        return new BuddyFilter(null, null, null, null, null, null, null, null, null, null);
    }
}
