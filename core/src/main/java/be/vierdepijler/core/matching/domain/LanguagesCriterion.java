package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.profile.domain.Languages;
import be.vierdepijler.core.spi.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Shared languages besides Dutch: a bridge language helps where Dutch does not reach yet. For an offer, the newcomer
 * speaks one of the languages that help in it; for a buddy, they share one. The first shared language gives
 * {@value #FIRST}, a second {@value #SECOND} more. Dutch itself does not count: it is what every duo and activity
 * practises.
 */
public final class LanguagesCriterion implements Criterion {

    public static final String CODE = "languages";
    static final int FIRST = 10;
    static final int SECOND = 5;
    private static final String DUTCH = "nl";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("Gedeelde talen", "Shared languages");
    }

    @Override
    public int maxPoints() {
        return FIRST + SECOND;
    }

    @Override
    public boolean appliesTo(Candidate candidate) {
        return true;
    }

    @Override
    public int points(NewcomerProfile newcomer, Candidate candidate) {
        Set<String> theirs = languagesOf(candidate);
        int shared = 0;
        for (String language : newcomer.languages()) {
            if (!DUTCH.equals(language) && theirs.contains(language)) {
                shared++;
            }
        }
        return shared == 0 ? 0 : shared == 1 ? FIRST : FIRST + SECOND;
    }

    @Override
    public LocalizedText explain(NewcomerProfile newcomer, Candidate candidate) {
        Set<String> theirs = languagesOf(candidate);
        List<String> shared = newcomer.languages().stream()
                .filter(l -> !DUTCH.equals(l) && theirs.contains(l)).sorted().toList();
        if (shared.isEmpty()) {
            return LocalizedText.of("Geen gedeelde taal naast het Nederlands", "No shared language besides Dutch");
        }
        String nl = Words.enumerate(shared.stream().map(Languages::dutchName).toList(), "en");
        String en = Words.enumerate(shared.stream()
                .map(l -> Locale.forLanguageTag(l).getDisplayLanguage(Locale.ENGLISH)).toList(), "and");
        return candidate instanceof OfferCandidate
                ? LocalizedText.of(nl + " helpt bij dit aanbod", en + " helps in this offer")
                : LocalizedText.of("Spreken allebei " + nl, "Both speak " + en);
    }

    private static Set<String> languagesOf(Candidate candidate) {
        return candidate instanceof OfferCandidate offer
                ? offer.helpfulLanguages() : ((BuddyCandidate) candidate).languages();
    }
}
