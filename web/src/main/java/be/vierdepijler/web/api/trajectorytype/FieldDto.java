package be.vierdepijler.web.api.trajectorytype;

import be.vierdepijler.core.spi.FieldDefinition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One field of a placement form, enough for a client to render and pre-check it.
 *
 * @param name        the attribute name to send
 * @param kind        {@code text}, {@code number}, {@code date}, {@code boolean}, {@code choice} or {@code reference}
 * @param required    whether it must be given
 * @param multiple    whether it takes a JSON array of values
 * @param wholeNumber for a number: whole numbers only
 * @param refersTo    for a reference: {@code offer}, {@code organisation} or {@code buddy}; null otherwise
 * @param choices     for a choice: the allowed values; empty otherwise
 * @param min         a number's lowest value or a text's shortest length; null when unbounded
 * @param max         a number's highest value or a text's longest length; null when unbounded
 * @param pattern     for a text: the regular expression it must match; null otherwise
 * @param label       the label in the caller's language
 * @param help        a sentence of help in the caller's language; null when there is none
 */
public record FieldDto(String name, String kind, boolean required, boolean multiple, boolean wholeNumber,
                       String refersTo, List<ChoiceDto> choices, BigDecimal min, BigDecimal max, String pattern,
                       String label, String help) {

    static FieldDto of(FieldDefinition field, Locale locale) {
        return new FieldDto(field.name(), lower(field.kind().name()), field.required(), field.multiple(),
                field.wholeNumber(), field.refersTo() == null ? null : lower(field.refersTo().name()),
                field.choices().stream().map(c -> ChoiceDto.of(c, locale)).toList(), field.min(), field.max(),
                field.pattern(), field.label().in(locale), field.help() == null ? null : field.help().in(locale));
    }

    private static String lower(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
