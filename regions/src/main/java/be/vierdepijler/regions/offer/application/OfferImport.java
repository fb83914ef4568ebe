package be.vierdepijler.regions.offer.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.imports.domain.ImportColumn;
import be.vierdepijler.core.imports.domain.ImportKind;
import be.vierdepijler.core.imports.domain.ImportRow;
import be.vierdepijler.core.imports.domain.ImportValues;
import be.vierdepijler.core.imports.domain.RowOutcome;
import be.vierdepijler.core.imports.domain.RowProblem;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.profile.domain.Languages;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.PublicLanguages;
import be.vierdepijler.core.shared.SearchText;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.PlacedWith;
import be.vierdepijler.core.spi.ReportingCategory;
import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.regions.offer.domain.Offer;
import be.vierdepijler.regions.offer.domain.OfferContact;
import be.vierdepijler.regions.offer.domain.OfferDetails;
import be.vierdepijler.regions.offer.domain.OfferRepository;
import be.vierdepijler.regions.offer.domain.OfferStatus;
import be.vierdepijler.regions.offer.domain.OfferSummaries;
import be.vierdepijler.regions.offer.domain.Weekdays;
import be.vierdepijler.regions.organisation.domain.Organisation;
import be.vierdepijler.regions.organisation.domain.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Offers of the catalogue from a file, through {@link OfferCatalogue} (its rules, scope and audit). Natural key: the
 * organisation (by name, with its municipality when the name is not unique) and the title, case and accents ignored.
 * Who: whoever may manage offers (administrators; coordinators in their networks; local officers in their
 * municipality; an organisation's contacts for its own offers), row by row in their scope.
 *
 * <p>Longer than 300 lines because an offer has many columns, each read and explained to the importing user in Dutch
 * beside the rule of the catalogue it feeds.
 */
@ApplicationScoped
public class OfferImport implements ImportKind {

    static final String ORGANISATION = "organisatie";
    static final String ORGANISATION_MUNICIPALITY = "gemeente_organisatie";
    static final String TITLE = "titel";
    static final String TYPE = "soort_traject";
    static final String CATEGORY = "categorie";
    static final String MUNICIPALITY = "gemeente";
    static final String LEVEL = "niveau";
    static final String CAPACITY = "plaatsen";
    static final String STATUS = "status";
    static final String DESCRIPTION = "beschrijving";
    static final String ADDRESS = "adres";
    static final String SCHEDULE = "planning";
    static final String LANGUAGES = "talen";
    static final String FROM = "actief_van";
    static final String UNTIL = "actief_tot";
    static final String CONTACT_NAME = "contact_naam";
    static final String CONTACT_EMAIL = "contact_email";
    static final String CONTACT_PHONE = "contact_telefoon";
    static final String WEEKDAYS = "dagen";
    /** The short descriptions' columns start so, followed by the language: samenvatting_nl, samenvatting_en, … */
    static final String SUMMARY = "samenvatting_";

    private static final Map<String, String> SUMMARY_EXAMPLES = Map.of("nl", "Samen wandelen en Nederlands oefenen.",
            "en", "Walk together and practise Dutch.");
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("organisationId", ORGANISATION), Map.entry("trajectoryTypeId", TYPE),
            Map.entry("reportingCategory", CATEGORY), Map.entry("title", TITLE),
            Map.entry("description", DESCRIPTION), Map.entry("municipalityNis", MUNICIPALITY),
            Map.entry("address", ADDRESS), Map.entry("requiredLevel", LEVEL), Map.entry("capacity", CAPACITY),
            Map.entry("schedule", SCHEDULE), Map.entry("languages", LANGUAGES), Map.entry("activeUntil", UNTIL),
            Map.entry("status", STATUS), Map.entry("contact.name", CONTACT_NAME),
            Map.entry("contact.email", CONTACT_EMAIL), Map.entry("contact.phone", CONTACT_PHONE),
            Map.entry("weekdays", WEEKDAYS));

    @Inject
    OfferCatalogue catalogue;

    @Inject
    OfferRepository offers;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PlaceDirectory places;

    @Inject
    TrajectoryTypeRegistry types;

    @Override
    public String key() {
        return "offers";
    }

    @Override
    public String label() {
        return "Aanbod";
    }

    @Override
    public List<ImportColumn> columns() {
        List<ImportColumn> columns = new ArrayList<>(List.of(
                ImportColumn.required(ORGANISATION, "Naam van de partnerorganisatie (zoals geregistreerd). Samen met"
                        + " de titel de sleutel: bestaand aanbod met die titel bij die organisatie wordt bijgewerkt.",
                        "Vzw De Brug"),
                ImportColumn.required(TITLE, "Titel van het aanbod (hoogstens 200 tekens).", "Samen wandelen"),
                ImportColumn.required(TYPE, "Soort traject: " + String.join(", ", types.all().stream()
                        .map(TrajectoryType::id).toList()) + ".", exampleType().map(TrajectoryType::id).orElse("")),
                ImportColumn.required(CATEGORY, "Categorie waaronder de uren tellen, een categorie van dat soort"
                        + " traject: " + String.join("; ", types.all().stream().map(t -> t.id() + ": "
                        + String.join(", ", t.reportingCategories().stream().map(ReportingCategory::id).toList()))
                        .toList()) + ".", exampleType().flatMap(t -> t.reportingCategories().stream().findFirst())
                        .map(ReportingCategory::id).orElse("")),
                ImportColumn.required(MUNICIPALITY, "NIS-code van de gemeente waar het aanbod plaatsvindt.",
                        "33021"),
                ImportColumn.required(LEVEL, "Vereist niveau Nederlands: A0 (geen) tot C2.", "A1"),
                ImportColumn.required(CAPACITY, "Aantal plaatsen, 1 tot " + OfferDetails.MAX_CAPACITY + ".", "5"),
                ImportColumn.required(STATUS, "draft (ontwerp), published (gepubliceerd) of closed (afgesloten).",
                        "published"),
                ImportColumn.optional(ORGANISATION_MUNICIPALITY, "NIS-code van de gemeente van de organisatie;"
                        + " alleen nodig als meer organisaties zo heten.", "33021"),
                ImportColumn.optional(DESCRIPTION, "Beschrijving (hoogstens 4000 tekens).", "Wekelijkse wandeling"),
                ImportColumn.optional(ADDRESS, "Adres.", "Markt 1, 8970 Poperinge"),
                ImportColumn.optional(SCHEDULE, "Wanneer het plaatsvindt.", "elke woensdag 14-16 u"),
                ImportColumn.optional(LANGUAGES, "Talen die helpen, ISO-codes gescheiden door |.", "fr|en"),
                ImportColumn.optional(FROM, "Eerste dag (2026-01-31 of 31/01/2026).", "2026-01-01"),
                ImportColumn.optional(UNTIL, "Laatste dag.", "2026-12-31"),
                ImportColumn.optional(CONTACT_NAME, "Contactpersoon die de uren bevestigt.", "Jan Peeters"),
                ImportColumn.optional(CONTACT_EMAIL, "E-mailadres van de contactpersoon.", "jan@debrug.be"),
                ImportColumn.optional(CONTACT_PHONE, "Telefoonnummer van de contactpersoon.", "+32 57 33 22 11"),
                ImportColumn.optional(WEEKDAYS, "Dagen van de week waarop het plaatsvindt: mon, tue, wed, thu, fri,"
                        + " sat, sun, gescheiden door |. Leeg: de dagen blijven zoals ze zijn.", "wed|sat")));
        for (String language : PublicLanguages.CODES) {
            columns.add(ImportColumn.optional(SUMMARY + language, "Korte beschrijving in de taal " + language
                    + " voor de publieke zoekpagina (hoogstens " + OfferSummaries.MAX_LENGTH + " tekens). Leeg: de"
                    + " beschrijving in die taal blijft zoals ze is.", SUMMARY_EXAMPLES.getOrDefault(language, "")));
        }
        return columns;
    }

    /** The type of the template's example row: one whose placements are made in offers, as an offer's are. */
    private Optional<TrajectoryType> exampleType() {
        return types.placedWith(PlacedWith.OFFER).stream().findFirst().or(() -> types.all().stream().findFirst());
    }

    @Override
    public boolean mayImport(Caller caller) {
        return caller.isAdministrator() || caller.role() == Role.NETWORK_COORDINATOR
                || caller.role() == Role.LOCAL_OFFICER || caller.role() == Role.ORGANISATION_CONTACT;
    }

    @Override
    public List<RowProblem> check(List<ImportRow> rows, Caller caller) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        for (ImportRow row : rows) {
            ImportValues v = new ImportValues(row);
            Long organisationId = organisation(v).orElse(null);
            OfferDetails details = details(v, organisationId);
            for (FieldViolation violation : details.violations()) {
                String column = column(violation.field());
                if (column != null && !column.equals(ORGANISATION)
                        && v.problems().stream().noneMatch(p -> column.equals(p.column()))) {
                    v.problem(column, violation.code(), violation.message());
                }
            }
            checkReferences(v, details, caller);
            if (organisationId != null && details.title() != null && !details.title().isBlank()) {
                String key = organisationId + "@" + SearchText.fold(details.title());
                Integer earlier = keys.putIfAbsent(key, row.line());
                if (earlier != null) {
                    v.problem(TITLE, "duplicate", "Dit aanbod staat ook op regel " + earlier + ".");
                } else {
                    List<Offer> existing = offers.titled(organisationId, SearchText.fold(details.title()));
                    if (existing.size() > 1) {
                        v.problem(TITLE, "ambiguous", "Deze organisatie heeft al meer dan één aanbod met deze titel;"
                                + " pas ze eerst op het scherm aan.");
                    } else if (existing.size() == 1 && !OfferCatalogue.mayManage(caller, existing.get(0))) {
                        v.problem(TITLE, "out-of-scope", "Je mag dit bestaande aanbod niet wijzigen.");
                    }
                }
            }
            problems.addAll(v.problems());
        }
        return problems;
    }

    /** Whether the organisation, municipality, type and category exist, and the caller may manage the offer there. */
    private void checkReferences(ImportValues v, OfferDetails d, Caller caller) {
        String networkId = null;
        if (d.municipalityNis() != null && d.municipalityNis().matches("\\d{5}")) {
            networkId = places.networkOfMunicipality(d.municipalityNis()).orElse(null);
            if (networkId == null) {
                v.problem(MUNICIPALITY, "unknown-municipality", "Er bestaat geen gemeente met NIS-code '"
                        + d.municipalityNis() + "'.");
            }
        }
        if (d.trajectoryTypeId() != null) {
            Optional<TrajectoryType> type = types.find(d.trajectoryTypeId());
            if (type.isEmpty()) {
                v.problem(TYPE, "unknown-trajectory-type", "Onbekend soort traject '" + d.trajectoryTypeId()
                        + "'; mogelijk: " + String.join(", ", types.all().stream().map(TrajectoryType::id).toList())
                        + ".");
            } else if (d.reportingCategory() != null) {
                List<String> categories = type.get().reportingCategories().stream().map(ReportingCategory::id)
                        .toList();
                if (!categories.contains(d.reportingCategory())) {
                    v.problem(CATEGORY, "not-of-type", "De categorie '" + d.reportingCategory() + "' hoort niet bij "
                            + type.get().id() + "; mogelijk: " + String.join(", ", categories) + ".");
                }
            }
        }
        if (networkId != null && d.organisationId() != null
                && !OfferCatalogue.mayManage(caller, d.organisationId(), d.municipalityNis(), networkId)) {
            v.problem(MUNICIPALITY, "out-of-scope", "Je mag geen aanbod van deze organisatie beheren in gemeente "
                    + d.municipalityNis() + ".");
        }
    }

    @Override
    public RowOutcome apply(ImportRow row, Caller caller) {
        ImportValues v = new ImportValues(row);
        Long organisationId = organisation(v).orElseThrow(() -> new InvalidInputException(ORGANISATION,
                "unknown-organisation", "Onbekende organisatie '" + row.get(ORGANISATION) + "'."));
        OfferDetails wanted = details(v, organisationId);
        try {
            List<Offer> existing = offers.titled(organisationId, SearchText.fold(wanted.title()));
            if (existing.isEmpty()) {
                catalogue.create(caller, wanted);
                return RowOutcome.CREATED;
            }
            Offer current = existing.get(0);
            if (wanted.summaries() != null) {
                Map<String, String> texts = new LinkedHashMap<>(current.summaries());
                texts.putAll(wanted.summaries());
                wanted = wanted.withSummaries(texts);
            }
            if (same(current, wanted)) {
                return RowOutcome.UNCHANGED;
            }
            catalogue.change(caller, current.id(), current.version(), wanted);
            return RowOutcome.UPDATED;
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.violations().stream().map(f -> new FieldViolation(
                    Optional.ofNullable(column(f.field())).orElse(f.field()), f.code(), f.message())).toList());
        }
    }

    private static String column(String field) {
        if (field.startsWith("summaries.")) {
            return SUMMARY + field.substring("summaries.".length());
        }
        String base = field.startsWith("languages[") ? "languages" : field.startsWith("weekdays[") ? "weekdays" : field;
        return COLUMN_OF_FIELD.get(base);
    }

    /** The organisation the row names, by name (and municipality); a problem when there is none or more than one. */
    private Optional<Long> organisation(ImportValues v) {
        String name = v.text(ORGANISATION, true);
        String nis = v.text(ORGANISATION_MUNICIPALITY, false);
        if (name == null) {
            return Optional.empty();
        }
        List<Organisation> found = organisations.named(SearchText.fold(name), nis);
        if (found.isEmpty()) {
            v.problem(ORGANISATION, "unknown-organisation", "Er is geen organisatie '" + name + "'"
                    + (nis == null ? "" : " in gemeente " + nis) + "; importeer of registreer ze eerst.");
            return Optional.empty();
        }
        if (found.size() > 1) {
            v.problem(ORGANISATION_MUNICIPALITY, "ambiguous-organisation", "Er zijn " + found.size()
                    + " organisaties '" + name + "'; vul de NIS-code van hun gemeente in.");
            return Optional.empty();
        }
        return Optional.of(found.get(0).id());
    }

    private static OfferDetails details(ImportValues v, Long organisationId) {
        String levelText = v.text(LEVEL, true);
        DutchLevel level = null;
        if (levelText != null) {
            level = DutchLevel.parse(levelText).orElse(null);
            if (level == null) {
                v.problem(LEVEL, "unknown-level", "Onbekend niveau '" + levelText + "'; mogelijk: A0, A1, A2, B1,"
                        + " B2, C1, C2.");
            }
        }
        Long capacity = v.wholeNumber(CAPACITY, true);
        String statusText = v.text(STATUS, true);
        OfferStatus status = null;
        if (statusText != null) {
            status = status(statusText).orElse(null);
            if (status == null) {
                v.problem(STATUS, "unknown-status", "Onbekende status '" + statusText + "'; mogelijk: "
                        + String.join(", ", OfferStatus.codes()) + ".");
            }
        }
        LocalDate from = v.date(FROM, false);
        LocalDate until = v.date(UNTIL, false);
        OfferContact contact = new OfferContact(v.text(CONTACT_NAME, false), v.text(CONTACT_EMAIL, false),
                v.text(CONTACT_PHONE, false));
        return new OfferDetails(organisationId, v.text(TYPE, true), v.text(CATEGORY, true), v.text(TITLE, true),
                v.text(DESCRIPTION, false), v.text(MUNICIPALITY, true), v.text(ADDRESS, false), level,
                capacity == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, capacity)),
                v.text(SCHEDULE, false), v.list(LANGUAGES, false), from, until, status,
                contact.isEmpty() ? null : contact, v.row().has(WEEKDAYS) ? v.list(WEEKDAYS, false) : null,
                summaries(v));
    }

    /** The short descriptions the row fills in, by language; null when it fills in none (all are left as they are). */
    private static Map<String, String> summaries(ImportValues v) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : PublicLanguages.CODES) {
            String text = v.text(SUMMARY + language, false);
            if (text != null) {
                texts.put(language, text);
            }
        }
        return texts.isEmpty() ? null : texts;
    }

    static Optional<OfferStatus> status(String text) {
        String folded = SearchText.fold(text);
        return Arrays.stream(OfferStatus.values()).filter(s -> SearchText.fold(s.code()).equals(folded)
                || SearchText.fold(s.label()).equals(folded)).findFirst();
    }

    /** Whether the offer already holds every value of these details, as it would store them. */
    static boolean same(Offer o, OfferDetails d) {
        OfferContact c = o.contact();
        OfferContact w = d.contact() == null || d.contact().isEmpty() ? null : d.contact();
        return o.organisationId() == d.organisationId() && o.trajectoryTypeId().equals(d.trajectoryTypeId().strip())
                && o.reportingCategory().equals(d.reportingCategory().strip()) && o.title().equals(d.title().strip())
                && eq(o.description(), d.description()) && o.municipalityNis().equals(d.municipalityNis().strip())
                && eq(o.address(), d.address()) && o.requiredLevel() == d.requiredLevel()
                && o.capacity() == d.capacity() && eq(o.schedule(), d.schedule())
                && o.languages().equals(d.languageCodes().stream().map(l -> Languages.normalise(l).orElse(l))
                .toList()) && Objects.equals(o.activeFrom(), d.activeFrom())
                && Objects.equals(o.activeUntil(), d.activeUntil()) && o.status() == d.status()
                && (c == null ? w == null : w != null && eq(c.name(), w.name()) && eq(c.email(), w.email())
                && eq(c.phone(), w.phone()))
                && (d.weekdays() == null || Objects.equals(Weekdays.join(d.weekdays()), Weekdays.join(o.weekdays())))
                && (d.summaries() == null || d.summaries().entrySet().stream()
                .allMatch(e -> eq(o.summaries().get(e.getKey()), e.getValue())));
    }

    private static boolean eq(String stored, String given) {
        return Objects.equals(blankToNull(stored), blankToNull(given));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
