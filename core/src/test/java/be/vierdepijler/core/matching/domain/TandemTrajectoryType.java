package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.MatchContribution;
import be.vierdepijler.core.spi.MatchScoring;
import be.vierdepijler.core.spi.MatchingNewcomer;
import be.vierdepijler.core.spi.SampleTrajectoryType;
import be.vierdepijler.core.spi.Suitability;
import java.util.Optional;

/**
 * A test type with its own match scoring: a language tandem wants newcomers who like practising Dutch (+15) and
 * holds back those who speak no second language (−5); it needs at least A1.
 */
class TandemTrajectoryType extends SampleTrajectoryType implements MatchScoring {

    static final String TANDEM = "tandem";

    @Override
    public String id() {
        return TANDEM;
    }

    @Override
    public Suitability suitability() {
        return Suitability.fromLevel(DutchLevel.A1, "Wie al een beetje Nederlands spreekt.",
                "Who speaks a little Dutch already.");
    }

    @Override
    public Optional<MatchContribution> contribution(MatchingNewcomer newcomer) {
        if (newcomer.interests().contains(Interest.LANGUAGE)) {
            return Optional.of(MatchContribution.of(15, "Wil Nederlands oefenen", "Wants to practise Dutch"));
        }
        if (newcomer.languages().isEmpty()) {
            return Optional.of(MatchContribution.of(-5, "Spreekt geen tweede taal", "Speaks no second language"));
        }
        return Optional.empty();
    }
}
