package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.LocalizedText;

/**
 * Dutch level, for offers: an offer that asks more Dutch than the newcomer has is <em>excluded</em>, not merely
 * penalised (the newcomer would not take part meaningfully, and the counsellor would have to turn it down anyway).
 * Among the offers within reach, one that asks about the newcomer's own level stretches them most: the same level
 * {@value #SAME_LEVEL}, each level below 5 fewer, at least {@value #FAR_BELOW}. An unassessed newcomer counts as
 * {@link DutchLevel#A0}. A buddy duo suits every level, so this criterion does not weigh buddies.
 */
public final class DutchLevelCriterion implements Criterion {

    public static final String CODE = "dutch-level";
    static final int SAME_LEVEL = 20;
    static final int PER_LEVEL_BELOW = 5;
    static final int FAR_BELOW = 5;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("Niveau Nederlands", "Level of Dutch");
    }

    @Override
    public int maxPoints() {
        return SAME_LEVEL;
    }

    @Override
    public boolean appliesTo(Candidate candidate) {
        return candidate instanceof OfferCandidate;
    }

    @Override
    public int points(NewcomerProfile newcomer, Candidate candidate) {
        int gap = newcomer.effectiveDutchLevel().ordinal() - ((OfferCandidate) candidate).requiredLevel().ordinal();
        if (gap < 0) {
            return EXCLUDED;
        }
        return Math.max(FAR_BELOW, SAME_LEVEL - PER_LEVEL_BELOW * gap);
    }

    @Override
    public LocalizedText explain(NewcomerProfile newcomer, Candidate candidate) {
        DutchLevel asked = ((OfferCandidate) candidate).requiredLevel();
        String has = newcomer.dutchLevel() == null ? "nog geen niveau" : newcomer.dutchLevel().name();
        String hasEn = newcomer.dutchLevel() == null ? "no assessed level yet" : newcomer.dutchLevel().name();
        int gap = newcomer.effectiveDutchLevel().ordinal() - asked.ordinal();
        if (gap < 0) {
            return LocalizedText.of("Vraagt " + asked + ", meer dan de inburgeraar heeft (" + has + ")",
                    "Asks " + asked + ", more than the newcomer has (" + hasEn + ")");
        }
        if (gap == 0) {
            return LocalizedText.of("Vraagt " + asked + ", precies het niveau van de inburgeraar",
                    "Asks " + asked + ", exactly the newcomer's level");
        }
        return LocalizedText.of("Vraagt " + asked + ", de inburgeraar heeft " + has,
                "Asks " + asked + ", the newcomer has " + hasEn);
    }
}
