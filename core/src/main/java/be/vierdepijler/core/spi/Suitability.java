package be.vierdepijler.core.spi;

import java.util.Objects;

/**
 * Which newcomers a trajectory type suits: the least Dutch they need to take part meaningfully, and a sentence for the
 * counsellor on whom it fits. An offer may ask more than its type (the offer's own required level); never less.
 *
 * @param minimumDutchLevel the least CEFR level of Dutch; {@link DutchLevel#A0} when no Dutch is needed
 * @param audience          for whom it is meant, for the counsellor who refers
 */
public record Suitability(DutchLevel minimumDutchLevel, LocalizedText audience) {

    public Suitability {
        Objects.requireNonNull(minimumDutchLevel, "minimumDutchLevel");
        Objects.requireNonNull(audience, "audience");
    }

    public static Suitability fromLevel(DutchLevel minimumDutchLevel, String nl, String en) {
        return new Suitability(minimumDutchLevel, LocalizedText.of(nl, en));
    }

    /**
     * @param level the newcomer's level of Dutch; null when nobody assessed it yet
     * @return whether the newcomer has the level this type needs; an unknown level suits only a type that needs none
     */
    public boolean suits(DutchLevel level) {
        if (level == null) {
            return minimumDutchLevel == DutchLevel.A0;
        }
        return level.isAtLeast(minimumDutchLevel);
    }
}
