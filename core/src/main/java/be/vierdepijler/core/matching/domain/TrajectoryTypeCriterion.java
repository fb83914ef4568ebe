package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.spi.LocalizedText;
import be.vierdepijler.core.spi.MatchContribution;
import be.vierdepijler.core.spi.MatchScoring;
import be.vierdepijler.core.spi.MatchingNewcomer;
import be.vierdepijler.core.spi.TrajectoryType;
import java.util.Optional;

/**
 * The candidate's trajectory type has its say: a newcomer the type does not suit
 * ({@link TrajectoryType#suitability()}) is excluded, and a type with the {@link MatchScoring} capability adds its
 * own points (±{@value MatchContribution#MAX_POINTS}). Works out one newcomer and one type at a time; the scorer keeps
 * the answer for the newcomer's other candidates of that type.
 */
final class TrajectoryTypeCriterion {

    static final String CODE = "trajectory-type";

    /** What the type says of one newcomer: excluded, a contribution, or nothing at all. */
    record Verdict(boolean excluded, CriterionScore score) {

        static final Verdict SILENT = new Verdict(false, null);

        int points() {
            return excluded ? Criterion.EXCLUDED : score == null ? 0 : score.points();
        }
    }

    private TrajectoryTypeCriterion() {
    }

    static Verdict judge(TrajectoryType type, NewcomerProfile newcomer, MatchingNewcomer seen) {
        if (!type.suitability().suits(newcomer.dutchLevel())) {
            String needs = type.suitability().minimumDutchLevel().name();
            return new Verdict(true, new CriterionScore(CODE, type.label(), 0, MatchContribution.MAX_POINTS,
                    LocalizedText.of(type.label().nl() + " vraagt minstens " + needs,
                            type.label().en() + " needs at least " + needs)));
        }
        Optional<MatchContribution> contribution = type.capability(MatchScoring.class)
                .flatMap(scoring -> scoring.contribution(seen));
        return contribution.map(c -> new Verdict(false, new CriterionScore(CODE, type.label(), c.points(),
                MatchContribution.MAX_POINTS, c.reason()))).orElse(Verdict.SILENT);
    }
}
