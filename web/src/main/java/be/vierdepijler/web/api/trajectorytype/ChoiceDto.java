package be.vierdepijler.web.api.trajectorytype;

import be.vierdepijler.core.spi.Choice;
import java.util.Locale;

/**
 * An allowed value of a choice field.
 *
 * @param value what to send, e.g. {@code local-government}
 * @param label what to show, e.g. "lokaal bestuur"
 */
public record ChoiceDto(String value, String label) {

    static ChoiceDto of(Choice choice, Locale locale) {
        return new ChoiceDto(choice.value(), choice.label().in(locale));
    }
}
