package be.vierdepijler.core.spi;

import java.util.Objects;

/**
 * One allowed value of a {@link FieldKind#CHOICE} field.
 *
 * @param value the stable kebab-case value stored on the placement (e.g. {@code local-government})
 * @param label what a person reads (e.g. "lokaal bestuur")
 */
public record Choice(String value, LocalizedText label) {

    public Choice {
        Objects.requireNonNull(label, "label");
        if (value == null || !TrajectoryType.ID_PATTERN.matcher(value).matches()) {
            throw new IllegalArgumentException("a choice value is kebab-case (e.g. local-government), not '" + value
                    + "'");
        }
    }

    public static Choice of(String value, String nl, String en) {
        return new Choice(value, LocalizedText.of(nl, en));
    }
}
