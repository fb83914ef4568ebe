package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.spi.LocalizedText;

/**
 * Free capacity: a full offer or a buddy without a free duo is excluded; otherwise one point per free place, at most
 * {@value #MAX}, so that among equals the load spreads.
 */
public final class CapacityCriterion implements Criterion {

    public static final String CODE = "capacity";
    static final int MAX = 5;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("Vrije plaatsen", "Free capacity");
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
        int free = candidate.freeCapacity();
        return free <= 0 ? EXCLUDED : Math.min(MAX, free);
    }

    @Override
    public LocalizedText explain(NewcomerProfile newcomer, Candidate candidate) {
        int free = Math.max(0, candidate.freeCapacity());
        if (candidate instanceof OfferCandidate) {
            return free == 0 ? LocalizedText.of("Volzet", "Full")
                    : free == 1 ? LocalizedText.of("Nog 1 vrije plaats", "1 place free")
                    : LocalizedText.of("Nog " + free + " vrije plaatsen", free + " places free");
        }
        return free == 0 ? LocalizedText.of("Geen duo meer vrij", "No room for another duo")
                : free == 1 ? LocalizedText.of("Nog 1 duo vrij", "Room for 1 more duo")
                : LocalizedText.of("Nog " + free + " duo's vrij", "Room for " + free + " more duos");
    }
}
