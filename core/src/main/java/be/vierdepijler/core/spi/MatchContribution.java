package be.vierdepijler.core.spi;

import java.util.Objects;

/**
 * What a type's {@link MatchScoring} adds to a match score: points within ±{@value #MAX_POINTS} (so that a type
 * nudges the ranking without overruling nearness or level) and the reason, shown beside the score.
 *
 * @param points between {@code -MAX_POINTS} and {@code MAX_POINTS}
 * @param reason why, in Dutch and English
 */
public record MatchContribution(int points, LocalizedText reason) {

    /** The most a type may add or take away; the common criteria weigh up to about 110 points together. */
    public static final int MAX_POINTS = 20;

    public MatchContribution {
        Objects.requireNonNull(reason, "reason");
        if (points < -MAX_POINTS || points > MAX_POINTS) {
            throw new IllegalArgumentException("a type's match contribution lies between -" + MAX_POINTS + " and "
                    + MAX_POINTS + " points, not " + points);
        }
    }

    public static MatchContribution of(int points, String nl, String en) {
        return new MatchContribution(points, LocalizedText.of(nl, en));
    }
}
