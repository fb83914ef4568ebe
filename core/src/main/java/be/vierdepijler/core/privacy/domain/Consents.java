package be.vierdepijler.core.privacy.domain;

import be.vierdepijler.core.shared.FieldViolation;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A person's consents, one answer per {@link ConsentPurpose}, with the rules every kind of person shares: how a
 * client's answers are read (by purpose code, true or false, at most one per purpose), and that an answer is recorded
 * (with when and by whom) only when it differs from the current one, replacing it; the audit trail keeps the history.
 *
 * <p>A view over the collection the aggregate maps (newcomers and buddies keep theirs in tables of their own, a buddy's
 * in a fixed order), changed in place: the tables, their columns and the JSON stay as they are.
 */
public final class Consents {

    /** Longer codes are not echoed back in a field name. */
    private static final int MAX_CODE = 40;

    private final Collection<Consent> answers;

    private Consents(Collection<Consent> answers) {
        this.answers = answers;
    }

    /** The consents held in {@code answers}, the aggregate's own collection. */
    public static Consents in(Collection<Consent> answers) {
        return new Consents(answers);
    }

    /**
     * Reads the answers a client gave, by purpose code ({@code null}: none given); every problem goes to
     * {@code problems} (field {@code consents.<code>}), and the answers that are right come back by purpose.
     */
    public static Map<ConsentPurpose, Boolean> parse(Map<String, Boolean> answers, List<FieldViolation> problems) {
        Map<ConsentPurpose, Boolean> byPurpose = new EnumMap<>(ConsentPurpose.class);
        Map<String, Boolean> given = answers == null ? Map.of() : answers;
        if (given.size() > ConsentPurpose.values().length) {
            problems.add(new FieldViolation("consents", "too-many", "Hoogstens " + ConsentPurpose.values().length
                    + " doelen: " + String.join(", ", ConsentPurpose.codes()) + "."));
            return byPurpose;
        }
        given.forEach((code, granted) -> {
            String field = "consents." + (code == null || code.length() > MAX_CODE ? "?" : code);
            Optional<ConsentPurpose> purpose = ConsentPurpose.byCode(code);
            if (purpose.isEmpty()) {
                problems.add(new FieldViolation(field, "unknown-purpose", "Onbekend doel; mogelijk: "
                        + String.join(", ", ConsentPurpose.codes()) + "."));
            } else if (granted == null) {
                problems.add(new FieldViolation(field, "required", "Antwoord true (toestemming) of false (geen)."));
            } else {
                byPurpose.put(purpose.get(), granted);
            }
        });
        return byPurpose;
    }

    /**
     * Records each answer that differs from the current one (or is the first), given {@code at} by {@code by}; an
     * unchanged answer keeps its date and author. A replaced answer keeps its place in an ordered collection.
     */
    public void answer(Map<ConsentPurpose, Boolean> given, Instant at, String by) {
        given.forEach((purpose, granted) -> {
            Optional<Consent> current = of(purpose);
            if (current.isEmpty() || current.get().granted() != granted) {
                Consent answer = new Consent(purpose, granted, at, by);
                if (current.isPresent() && answers instanceof List<Consent> list) {
                    list.set(list.indexOf(current.get()), answer);
                } else {
                    current.ifPresent(answers::remove);
                    answers.add(answer);
                }
            }
        });
    }

    /** The answer to one purpose, when one was given. */
    public Optional<Consent> of(ConsentPurpose purpose) {
        return answers.stream().filter(c -> c.purpose() == purpose).findFirst();
    }

    /** Whether the person consented to the purpose (no answer is no consent). */
    public boolean granted(ConsentPurpose purpose) {
        return of(purpose).map(Consent::granted).orElse(false);
    }

    /** One answer per purpose, in the order of {@link ConsentPurpose}. */
    public List<Consent> inPurposeOrder() {
        return answers.stream().sorted(Comparator.comparing(Consent::purpose)).toList();
    }
}
