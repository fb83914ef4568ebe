package be.vierdepijler.web.platform.example;

import java.util.List;
import java.util.Random;

/** The plainly fake names and small texts of the synthetic set: every person is called "Voorbeeld". */
final class SyntheticNames {

    /** The family name of every synthetic newcomer and buddy, so that nobody mistakes one for a real person. */
    static final String FAMILY_NAME = "Voorbeeld";

    static final List<String> NEWCOMER_FIRST_NAMES = List.of("Amina", "Yusuf", "Olena", "Dawit", "Fatima", "Ahmad",
            "Mariam", "Tesfay", "Nour", "Oksana", "Ali", "Leila", "Samir", "Hanna", "Omar", "Zainab", "Ibrahim", "Aster",
            "Karim", "Rania", "Mohammed", "Sara", "Bilal", "Iryna", "Hamid", "Selam", "Farah", "Mustafa", "Aylin",
            "Dmytro", "Khadija", "Yonas", "Nadia", "Tariq", "Hiwet", "Kateryna");

    static final List<String> BUDDY_FIRST_NAMES = List.of("Els", "Jan", "Griet", "Pieter", "An", "Koen", "Sofie", "Wim",
            "Lies", "Bart", "Hilde", "Tom", "Inge", "Dirk", "Nele", "Stijn", "Marleen", "Joris", "Katrien", "Luc");

    /** Languages newcomers in Flanders often speak, ISO 639-1. */
    static final List<String> NEWCOMER_LANGUAGES = List.of("ar", "uk", "ti", "ps", "fa", "so", "ru", "tr", "en", "fr",
            "es", "ro", "am", "ku", "pt");

    /** Languages besides Dutch that buddies speak. */
    static final List<String> BUDDY_LANGUAGES = List.of("fr", "en", "de", "es", "ar", "tr", "it", "ru");

    static final List<String> SCHEDULES = List.of("elke maandag 19–21 u", "woensdagnamiddag 14–16 u",
            "zaterdagvoormiddag 10–12 u", "dinsdag en donderdag 9–12 u", "in overleg", "om de twee weken op vrijdag");

    /** The days a schedule of {@link #SCHEDULES} names, for the finder's filter by day ("in overleg": none). */
    static List<String> weekdays(String schedule) {
        return switch (SCHEDULES.indexOf(schedule)) {
            case 0 -> List.of("mon");
            case 1 -> List.of("wed");
            case 2 -> List.of("sat");
            case 3 -> List.of("tue", "thu");
            case 5 -> List.of("fri");
            default -> List.of();
        };
    }

    static final List<String> STOP_REASONS = List.of("Verhuisd naar het buitenland.",
            "Werkt nu voltijds en heeft geen tijd meer.", "Wil het traject niet verderzetten.",
            "Langdurig ziek; neemt later opnieuw contact op.");

    /** An organisation of the set: its name (with {@code %s} for the place), kind code and what it does. */
    record OrganisationTemplate(String name, String kind, String description) {
    }

    /** The first is the network's marker (see {@link SyntheticExampleData#markerName}); %s is the municipality. */
    static final List<OrganisationTemplate> ORGANISATIONS = List.of(
            new OrganisationTemplate("Vzw Voorbeeld Sportclub %s", "association",
                    "Synthetische voorbeeldvereniging: sport en beweging voor jong en oud."),
            new OrganisationTemplate("Voorbeeld Woonzorgcentrum %s", "welfare",
                    "Synthetisch voorbeeld: woonzorgcentrum met vrijwilligers bij het onthaal en de activiteiten."),
            new OrganisationTemplate("Voorbeeld Bakkerij %s bv", "company",
                    "Synthetisch voorbeeldbedrijf dat kennismakingsstages aanbiedt."),
            new OrganisationTemplate("Voorbeeld Bibliotheek %s", "local-government",
                    "Synthetisch voorbeeld: de bibliotheek van het lokaal bestuur, met praatgroepen en cursussen."),
            new OrganisationTemplate("Vzw Voorbeeld Buurthuis %s", "association",
                    "Synthetische voorbeeldvereniging: buurtwerking, praatcafé en feesten."),
            new OrganisationTemplate("Voorbeeld Vormingscentrum %s", "education",
                    "Synthetisch voorbeeld: cursussen en vorming voor volwassenen."));

    private SyntheticNames() {
    }

    static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    /** Lower case letters only, for e-mail addresses: "Sint-Niklaas" becomes "sintniklaas". */
    static String slug(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
