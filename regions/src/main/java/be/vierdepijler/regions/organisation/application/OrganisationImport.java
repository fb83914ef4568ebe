package be.vierdepijler.regions.organisation.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.imports.domain.ImportColumn;
import be.vierdepijler.core.imports.domain.ImportKind;
import be.vierdepijler.core.imports.domain.ImportRow;
import be.vierdepijler.core.imports.domain.ImportValues;
import be.vierdepijler.core.imports.domain.RowOutcome;
import be.vierdepijler.core.imports.domain.RowProblem;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.SearchText;
import be.vierdepijler.regions.organisation.domain.ContactPerson;
import be.vierdepijler.regions.organisation.domain.Organisation;
import be.vierdepijler.regions.organisation.domain.OrganisationDetails;
import be.vierdepijler.regions.organisation.domain.OrganisationKind;
import be.vierdepijler.regions.organisation.domain.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Partner organisations from a file, through {@link OrganisationDirectory} (its rules, scope and audit). Natural key:
 * the name (case and accents ignored) within the municipality; the model has no enterprise number. A row with a
 * contact person puts that person first and keeps the organisation's other contacts; a row without one keeps them all.
 * Who: whoever may register organisations (administrators; coordinators in their networks; local officers in their
 * municipality), row by row in their scope.
 */
@ApplicationScoped
public class OrganisationImport implements ImportKind {

    static final String NAME = "naam";
    static final String MUNICIPALITY = "gemeente";
    static final String KIND = "soort";
    static final String ADDRESS = "adres";
    static final String WEBSITE = "website";
    static final String DESCRIPTION = "beschrijving";
    static final String ACTIVE = "actief";
    static final String CONTACT_NAME = "contact_naam";
    static final String CONTACT_FUNCTION = "contact_functie";
    static final String CONTACT_EMAIL = "contact_email";
    static final String CONTACT_PHONE = "contact_telefoon";

    /** The service's fields as the file's columns. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("name", NAME, "municipalityNis", MUNICIPALITY,
            "kind", KIND, "address", ADDRESS, "website", WEBSITE, "description", DESCRIPTION,
            "contacts[0].name", CONTACT_NAME, "contacts[0].email", CONTACT_EMAIL, "contacts[0].phone",
            CONTACT_PHONE);

    @Inject
    OrganisationDirectory directory;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PlaceDirectory places;

    @Override
    public String key() {
        return "organisations";
    }

    @Override
    public String label() {
        return "Organisaties";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required(NAME, "Naam van de organisatie (hoogstens 200 tekens). Samen met de gemeente"
                        + " de sleutel: een bestaande organisatie met die naam in die gemeente wordt bijgewerkt.",
                        "Vzw De Brug"),
                ImportColumn.required(MUNICIPALITY, "NIS-code van de gemeente (5 cijfers).", "33021"),
                ImportColumn.required(KIND, "Soort: " + String.join(", ", Arrays.stream(OrganisationKind.values())
                        .map(k -> k.code() + " (" + k.label() + ")").toList()) + ".", "association"),
                ImportColumn.optional(ADDRESS, "Adres (hoogstens 300 tekens).", "Markt 1, 8970 Poperinge"),
                ImportColumn.optional(WEBSITE, "Website.", "https://www.debrug.be"),
                ImportColumn.optional(DESCRIPTION, "Beschrijving (hoogstens 2000 tekens).", "Ontmoetingshuis"),
                ImportColumn.optional(ACTIVE, "ja of nee; leeg is ja.", "ja"),
                ImportColumn.optional(CONTACT_NAME, "Naam van de contactpersoon die de uren bevestigt.",
                        "Jan Peeters"),
                ImportColumn.optional(CONTACT_FUNCTION, "Functie van de contactpersoon.", "Coördinator"),
                ImportColumn.optional(CONTACT_EMAIL, "E-mailadres van de contactpersoon.", "jan@debrug.be"),
                ImportColumn.optional(CONTACT_PHONE, "Telefoonnummer van de contactpersoon.", "+32 57 33 22 11"));
    }

    @Override
    public boolean mayImport(Caller caller) {
        return caller.isAdministrator() || caller.role() == Role.NETWORK_COORDINATOR
                || caller.role() == Role.LOCAL_OFFICER;
    }

    @Override
    public List<RowProblem> check(List<ImportRow> rows, Caller caller) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        for (ImportRow row : rows) {
            ImportValues v = new ImportValues(row);
            OrganisationDetails details = details(v);
            for (FieldViolation violation : details.violations()) {
                String column = COLUMN_OF_FIELD.get(violation.field());
                if (column != null && v.problems().stream().noneMatch(p -> column.equals(p.column()))) {
                    v.problem(column, violation.code(), violation.message());
                }
            }
            String nis = details.municipalityNis();
            if (nis != null && nis.matches("\\d{5}")) {
                if (places.networkOfMunicipality(nis).isEmpty()) {
                    v.problem(MUNICIPALITY, "unknown-municipality", "Er bestaat geen gemeente met NIS-code '" + nis
                            + "'.");
                } else if (!directory.mayManage(caller, nis)) {
                    v.problem(MUNICIPALITY, "out-of-scope", "Je mag geen organisaties beheren in gemeente " + nis
                            + ".");
                } else if (details.name() != null && !details.name().isBlank()) {
                    String key = SearchText.fold(details.name()) + "@" + nis;
                    Integer earlier = keys.putIfAbsent(key, row.line());
                    if (earlier != null) {
                        v.problem(NAME, "duplicate", "Deze organisatie staat ook op regel " + earlier + ".");
                    } else if (organisations.named(SearchText.fold(details.name()), nis).size() > 1) {
                        v.problem(NAME, "ambiguous", "Er bestaan al meer dan één organisatie met deze naam in deze"
                                + " gemeente; pas ze eerst op het scherm aan.");
                    }
                }
            }
            problems.addAll(v.problems());
        }
        return problems;
    }

    @Override
    public RowOutcome apply(ImportRow row, Caller caller) {
        OrganisationDetails wanted = details(new ImportValues(row));
        try {
            Optional<Organisation> existing = organisations.named(SearchText.fold(wanted.name()),
                    wanted.municipalityNis()).stream().findFirst();
            if (existing.isEmpty()) {
                directory.register(caller, wanted);
                return RowOutcome.CREATED;
            }
            Organisation current = existing.get();
            OrganisationDetails merged = withOtherContacts(wanted, current, row.has(CONTACT_NAME));
            if (same(current, merged)) {
                return RowOutcome.UNCHANGED;
            }
            directory.change(caller, current.id(), current.version(), merged);
            return RowOutcome.UPDATED;
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.violations().stream().map(f -> new FieldViolation(
                    COLUMN_OF_FIELD.getOrDefault(f.field(), f.field()), f.code(), f.message())).toList());
        }
    }

    private static OrganisationDetails details(ImportValues v) {
        String name = v.text(NAME, true);
        String nis = v.text(MUNICIPALITY, true);
        String kindText = v.text(KIND, true);
        OrganisationKind kind = null;
        if (kindText != null) {
            kind = kind(kindText).orElse(null);
            if (kind == null) {
                v.problem(KIND, "unknown-kind", "Onbekende soort '" + kindText + "'; mogelijk: "
                        + String.join(", ", OrganisationKind.codes()) + ".");
            }
        }
        boolean active = true;
        String activeText = v.text(ACTIVE, false);
        if (activeText != null) {
            Boolean parsed = yesNo(activeText);
            if (parsed == null) {
                v.problem(ACTIVE, "not-yes-no", "Schrijf ja of nee, niet '" + activeText + "'.");
            } else {
                active = parsed;
            }
        }
        List<ContactPerson> contacts = new ArrayList<>();
        String contactName = v.text(CONTACT_NAME, false);
        String function = v.text(CONTACT_FUNCTION, false);
        String email = v.text(CONTACT_EMAIL, false);
        String phone = v.text(CONTACT_PHONE, false);
        if (contactName != null || function != null || email != null || phone != null) {
            contacts.add(new ContactPerson(contactName == null ? "" : contactName, function, email, phone));
        }
        return new OrganisationDetails(name, kind, nis, v.text(ADDRESS, false), v.text(WEBSITE, false),
                v.text(DESCRIPTION, false), active, contacts);
    }

    /** A kind by its code or its Dutch label, case and accents ignored. */
    static Optional<OrganisationKind> kind(String text) {
        String folded = SearchText.fold(text);
        return Arrays.stream(OrganisationKind.values()).filter(k -> SearchText.fold(k.code()).equals(folded)
                || SearchText.fold(k.label()).equals(folded)).findFirst();
    }

    static Boolean yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "ja", "j", "yes", "true", "waar", "1" -> Boolean.TRUE;
            case "nee", "n", "no", "false", "onwaar", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** The row's details with the organisation's other contacts kept after the row's (or all of them). */
    private static OrganisationDetails withOtherContacts(OrganisationDetails wanted, Organisation current,
                                                         boolean rowHasContact) {
        List<ContactPerson> contacts = new ArrayList<>();
        if (rowHasContact) {
            ContactPerson given = wanted.contacts().get(0);
            contacts.add(given);
            current.contacts().stream().filter(c -> !SearchText.fold(c.name()).equals(SearchText.fold(given.name())))
                    .forEach(contacts::add);
        } else {
            contacts.addAll(current.contacts());
        }
        return new OrganisationDetails(wanted.name(), wanted.kind(), wanted.municipalityNis(), wanted.address(),
                wanted.website(), wanted.description(), wanted.active(), contacts);
    }

    /** Whether the organisation already holds every value of these details, as it would store them. */
    static boolean same(Organisation o, OrganisationDetails d) {
        if (!o.name().equals(d.name().strip()) || o.kind() != d.kind()
                || !o.municipalityNis().equals(d.municipalityNis()) || !eq(o.address(), d.address())
                || !eq(o.website(), d.website()) || !eq(o.description(), d.description()) || o.active() != d.active()
                || o.contacts().size() != d.contacts().size()) {
            return false;
        }
        for (int i = 0; i < d.contacts().size(); i++) {
            ContactPerson a = o.contacts().get(i);
            ContactPerson b = d.contacts().get(i);
            if (!eq(a.name(), b.name()) || !eq(a.functionTitle(), b.functionTitle()) || !eq(a.email(), b.email())
                    || !eq(a.phone(), b.phone())) {
                return false;
            }
        }
        return true;
    }

    /** Equal as stored: blank is null, surrounding spaces dropped. */
    private static boolean eq(String stored, String given) {
        return Objects.equals(blankToNull(stored), blankToNull(given));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
