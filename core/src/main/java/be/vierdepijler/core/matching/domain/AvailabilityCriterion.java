package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.spi.LocalizedText;

/**
 * Availability overlap: {@value #EACH} per weekly slot both are free in (for an offer: a slot it runs in that the
 * newcomer is free in), at most {@value #MAX}. An offer without a fixed schedule fits any week: {@value #FLEXIBLE}.
 * No overlap gives nothing but does not exclude: availability is often filled in roughly and changes.
 */
public final class AvailabilityCriterion implements Criterion {

    public static final String CODE = "availability";
    static final int EACH = 4;
    static final int MAX = 20;
    static final int FLEXIBLE = 10;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("Beschikbaarheid", "Availability");
    }

    @Override
    public int maxPoints() {
        return MAX;
    }

    @Override
    public boolean appliesTo(Candidate candidate) {
        return true;
    }

    @Override
    public int points(NewcomerProfile newcomer, Candidate candidate) {
        Availability theirs = timesOf(candidate);
        if (candidate instanceof OfferCandidate && theirs.isEmpty()) {
            return FLEXIBLE;
        }
        return Math.min(MAX, EACH * newcomer.availability().shared(theirs).size());
    }

    @Override
    public LocalizedText explain(NewcomerProfile newcomer, Candidate candidate) {
        Availability theirs = timesOf(candidate);
        if (candidate instanceof OfferCandidate && theirs.isEmpty()) {
            return LocalizedText.of("Geen vast uurrooster", "No fixed schedule");
        }
        if (newcomer.availability().isEmpty()) {
            return LocalizedText.of("Beschikbaarheid van de inburgeraar onbekend",
                    "The newcomer's availability is unknown");
        }
        if (theirs.isEmpty()) {
            return LocalizedText.of("Beschikbaarheid van de buddy onbekend", "The buddy's availability is unknown");
        }
        Availability shared = newcomer.availability().shared(theirs);
        if (shared.isEmpty()) {
            return candidate instanceof OfferCandidate
                    ? LocalizedText.of("Loopt buiten de beschikbaarheid van de inburgeraar",
                    "Runs outside the newcomer's availability")
                    : LocalizedText.of("Geen gemeenschappelijk vrij moment", "No free time in common");
        }
        String nl = Words.enumerate(shared.list().stream().map(s -> s.dutchLabel()).toList(), "en");
        String en = Words.enumerate(shared.list().stream().map(Words::englishSlot).toList(), "and");
        return LocalizedText.of(shared.size() + " gemeenschappelijke momenten: " + nl,
                shared.size() + " common slots: " + en);
    }

    private static Availability timesOf(Candidate candidate) {
        return candidate instanceof OfferCandidate offer
                ? offer.schedule() : ((BuddyCandidate) candidate).availability();
    }
}
