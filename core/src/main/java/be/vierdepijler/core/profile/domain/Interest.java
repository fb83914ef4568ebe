package be.vierdepijler.core.profile.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a newcomer or a buddy likes to do; the themes of ikdoemee.be and mijnbuddy.be, in one list. */
public enum Interest {
    SPORT("sport", "Sport en beweging"),
    COOKING("cooking", "Koken en eten"),
    MUSIC("music", "Muziek"),
    CULTURE("culture", "Cultuur, film en theater"),
    NATURE("nature", "Natuur en wandelen"),
    READING("reading", "Lezen en verhalen"),
    GAMES("games", "Spelletjes"),
    CRAFTS("crafts", "Knutselen en handwerk"),
    TECHNOLOGY("technology", "Computers en techniek"),
    GARDENING("gardening", "Tuinieren"),
    CHILDREN("children", "Kinderen en gezin"),
    WORK("work", "Werk en opleiding"),
    LANGUAGE("language", "Nederlands oefenen"),
    RELIGION_AND_PHILOSOPHY("religion-philosophy", "Levensbeschouwing"),
    SOCIETY("society", "Samenleving en buurt");

    private final String code;
    private final String dutchLabel;

    Interest(String code, String dutchLabel) {
        this.code = code;
        this.dutchLabel = dutchLabel;
    }

    public String code() {
        return code;
    }

    public String dutchLabel() {
        return dutchLabel;
    }

    public static Optional<Interest> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(i -> i.code.equals(wanted)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Interest::code).toList();
    }
}
