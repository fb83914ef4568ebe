package be.vierdepijler.core.spi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One field a trajectory type asks for on a placement: what the API serves, the UI renders and the
 * {@link PlacementValidator} checks. Built with the static starters ({@link #text(String)}, {@link #choice(String,
 * Choice...)} …); a malformed definition fails when it is built, so a type with a broken schema never deploys.
 *
 * @param name        the attribute name on the placement, camelCase ({@code hostOrganisation})
 * @param kind        the kind of value
 * @param required    whether a placement needs it
 * @param multiple    whether it holds a list of values of its kind (e.g. shared languages)
 * @param wholeNumber for {@link FieldKind#NUMBER}: only whole numbers
 * @param refersTo    for {@link FieldKind#REFERENCE}: what it points at; null otherwise
 * @param choices     for {@link FieldKind#CHOICE}: the allowed values in display order; empty otherwise
 * @param min         for NUMBER the lowest value, for TEXT the shortest length; null when unbounded
 * @param max         for NUMBER the highest value, for TEXT the longest length; null when unbounded
 * @param pattern     for TEXT: a regular expression every value must match entirely; null otherwise
 * @param label       the field's label
 * @param help        a sentence of help under the field; null when the label says it all
 */
public record FieldDefinition(String name, FieldKind kind, boolean required, boolean multiple, boolean wholeNumber,
                              ReferenceTarget refersTo, List<Choice> choices, BigDecimal min, BigDecimal max,
                              String pattern, LocalizedText label, LocalizedText help) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9]*");

    public FieldDefinition {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a field name is camelCase (e.g. hostOrganisation), not '" + name + "'");
        }
        Objects.requireNonNull(kind, () -> "field " + name + ": kind");
        if (label == null) {
            throw new IllegalArgumentException("field " + name + " needs a Dutch and an English label");
        }
        choices = choices == null ? List.of() : List.copyOf(choices);
        if (kind == FieldKind.CHOICE) {
            if (choices.isEmpty()) {
                throw new IllegalArgumentException("choice field " + name + " needs at least one choice");
            }
            Set<String> values = new HashSet<>();
            for (Choice choice : choices) {
                if (!values.add(choice.value())) {
                    throw new IllegalArgumentException("choice field " + name + " lists '" + choice.value() + "' twice");
                }
            }
        } else if (!choices.isEmpty()) {
            throw new IllegalArgumentException("only a choice field has choices, not " + kind + " field " + name);
        }
        if ((kind == FieldKind.REFERENCE) != (refersTo != null)) {
            throw new IllegalArgumentException("field " + name + ": a reference field, and only that, names what it"
                    + " refers to");
        }
        if ((min != null || max != null) && kind != FieldKind.NUMBER && kind != FieldKind.TEXT) {
            throw new IllegalArgumentException("field " + name + ": min/max bound a number or a text's length only");
        }
        if (kind == FieldKind.TEXT && (min != null && min.signum() < 0 || max != null && max.signum() <= 0)) {
            throw new IllegalArgumentException("field " + name + ": a text's length bounds are positive");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("field " + name + ": min " + min + " is above max " + max);
        }
        if (wholeNumber && kind != FieldKind.NUMBER) {
            throw new IllegalArgumentException("field " + name + ": only a number can be a whole number");
        }
        if (pattern != null) {
            if (kind != FieldKind.TEXT) {
                throw new IllegalArgumentException("field " + name + ": only a text field has a pattern");
            }
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("field " + name + ": pattern does not compile: " + e.getMessage());
            }
        }
    }

    /** The choice with this value, if the field has it. */
    public boolean allows(String value) {
        return choices.stream().anyMatch(c -> c.value().equals(value));
    }

    public static Builder text(String name) {
        return new Builder(name, FieldKind.TEXT);
    }

    public static Builder number(String name) {
        return new Builder(name, FieldKind.NUMBER);
    }

    public static Builder date(String name) {
        return new Builder(name, FieldKind.DATE);
    }

    public static Builder bool(String name) {
        return new Builder(name, FieldKind.BOOLEAN);
    }

    public static Builder choice(String name, Choice... choices) {
        Builder builder = new Builder(name, FieldKind.CHOICE);
        builder.choices.addAll(List.of(choices));
        return builder;
    }

    public static Builder reference(String name, ReferenceTarget target) {
        Builder builder = new Builder(name, FieldKind.REFERENCE);
        builder.refersTo = target;
        return builder;
    }

    /** Fluent construction; {@link #build()} checks the whole definition. */
    public static final class Builder {
        private final String name;
        private final FieldKind kind;
        private final List<Choice> choices = new ArrayList<>();
        private boolean required;
        private boolean multiple;
        private boolean wholeNumber;
        private ReferenceTarget refersTo;
        private BigDecimal min;
        private BigDecimal max;
        private String pattern;
        private LocalizedText label;
        private LocalizedText help;

        private Builder(String name, FieldKind kind) {
            this.name = name;
            this.kind = kind;
        }

        public Builder required() {
            this.required = true;
            return this;
        }

        public Builder multiple() {
            this.multiple = true;
            return this;
        }

        public Builder wholeNumber() {
            this.wholeNumber = true;
            return this;
        }

        public Builder min(long min) {
            this.min = BigDecimal.valueOf(min);
            return this;
        }

        public Builder min(BigDecimal min) {
            this.min = min;
            return this;
        }

        public Builder max(long max) {
            this.max = BigDecimal.valueOf(max);
            return this;
        }

        public Builder max(BigDecimal max) {
            this.max = max;
            return this;
        }

        public Builder pattern(String pattern) {
            this.pattern = pattern;
            return this;
        }

        public Builder label(String nl, String en) {
            this.label = LocalizedText.of(nl, en);
            return this;
        }

        public Builder help(String nl, String en) {
            this.help = LocalizedText.of(nl, en);
            return this;
        }

        public FieldDefinition build() {
            return new FieldDefinition(name, kind, required, multiple, wholeNumber, refersTo, choices, min, max,
                    pattern, label, help);
        }
    }
}
