package be.vierdepijler.trajectory.alternative;

import be.vierdepijler.core.spi.Choice;
import be.vierdepijler.core.spi.ReportingCategory;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of alternative activity, each reported under its own category as the agency counts them (parliamentary
 * question 173 of 2025: conversatiegroep, cursus, socio-culturele vereniging, sport, informele participatie, andere).
 */
enum Subtype {
    CONVERSATION_GROUP("conversation-group", "Conversatiegroep", "Conversation group"),
    COURSE("course", "Cursus", "Course"),
    SOCIO_CULTURAL_ASSOCIATION("socio-cultural-association", "Socio-culturele vereniging",
            "Socio-cultural association"),
    SPORT("sport", "Sport", "Sport"),
    INFORMAL_PARTICIPATION("informal-participation", "Informele participatie", "Informal participation"),
    OTHER("other", "Andere", "Other");

    private final String value;
    private final ReportingCategory category;
    private final Choice choice;

    Subtype(String value, String nl, String en) {
        this.value = value;
        this.category = ReportingCategory.of(value, nl, en);
        this.choice = Choice.of(value, nl, en);
    }

    String value() {
        return value;
    }

    ReportingCategory category() {
        return category;
    }

    static Choice[] choices() {
        return Arrays.stream(values()).map(s -> s.choice).toArray(Choice[]::new);
    }

    static List<ReportingCategory> categories() {
        return Arrays.stream(values()).map(Subtype::category).toList();
    }

    static Optional<Subtype> byValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
