package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.spi.LocalizedText;
import java.util.Locale;

/**
 * Shared interests, for buddies: a duo that likes the same things finds something to do together. {@value #EACH}
 * per shared interest, at most {@value #MAX}. Offers carry no interests (a type may weigh the newcomer's interests
 * through {@link be.vierdepijler.core.spi.MatchScoring}).
 */
public final class InterestsCriterion implements Criterion {

    public static final String CODE = "interests";
    static final int EACH = 6;
    static final int MAX = 18;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("Gedeelde interesses", "Shared interests");
    }

    @Override
    public int maxPoints() {
        return MAX;
    }

    @Override
    public boolean appliesTo(Candidate candidate) {
        return candidate instanceof BuddyCandidate;
    }

    @Override
    public int points(NewcomerProfile newcomer, Candidate candidate) {
        return Math.min(MAX, EACH * newcomer.interests().shared(((BuddyCandidate) candidate).interests()).size());
    }

    @Override
    public LocalizedText explain(NewcomerProfile newcomer, Candidate candidate) {
        Interests shared = newcomer.interests().shared(((BuddyCandidate) candidate).interests());
        if (shared.isEmpty()) {
            return LocalizedText.of("Geen gedeelde interesses", "No shared interests");
        }
        // Joined by commas: several labels contain "en" themselves ("Koken en eten").
        return LocalizedText.of(
                "Gedeelde interesses: " + String.join(", ", shared.list().stream()
                        .map(i -> i.dutchLabel().toLowerCase(Locale.ROOT)).toList()),
                "Shared interests: " + String.join(", ", shared.list().stream().map(Interest::code)
                        .map(Words::englishInterest).toList()));
    }
}
