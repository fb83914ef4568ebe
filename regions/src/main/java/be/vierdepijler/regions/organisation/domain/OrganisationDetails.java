package be.vierdepijler.regions.organisation.domain;

import be.vierdepijler.core.shared.FieldViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * What a coordinator fills in for an organisation; {@link #violations()} lists every field that is not in order.
 *
 * @param contacts the contact persons, in the order they are shown
 */
public record OrganisationDetails(String name, OrganisationKind kind, String municipalityNis, String address,
                                  String website, String description, boolean active, List<ContactPerson> contacts) {

    private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";
    private static final String PHONE = "\\+?[0-9 ./()-]{6,40}";

    public OrganisationDetails {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        if (name == null || name.isBlank()) {
            v.add(new FieldViolation("name", "required", "Geef de naam van de organisatie."));
        } else if (name.strip().length() > 200) {
            v.add(new FieldViolation("name", "too-long", "Een naam telt hoogstens 200 tekens."));
        }
        if (kind == null) {
            v.add(new FieldViolation("kind", "required", "Kies het soort organisatie: "
                    + String.join(", ", OrganisationKind.codes()) + "."));
        }
        if (municipalityNis == null || !municipalityNis.matches("\\d{5}")) {
            v.add(new FieldViolation("municipalityNis", "required",
                    "Geef de gemeente van de organisatie (NIS-code, 5 cijfers)."));
        }
        tooLong(v, "address", address, 300);
        tooLong(v, "website", website, 300);
        tooLong(v, "description", description, 2000);
        for (int i = 0; i < contacts.size(); i++) {
            ContactPerson c = contacts.get(i);
            String prefix = "contacts[" + i + "].";
            if (c.name() == null || c.name().isBlank()) {
                v.add(new FieldViolation(prefix + "name", "required", "Geef de naam van de contactpersoon."));
            }
            if (c.email() != null && !c.email().isBlank() && !c.email().strip().matches(EMAIL)) {
                v.add(new FieldViolation(prefix + "email", "invalid-email", "Geen geldig e-mailadres: " + c.email()));
            }
            if (c.phone() != null && !c.phone().isBlank() && !c.phone().strip().matches(PHONE)) {
                v.add(new FieldViolation(prefix + "phone", "invalid-phone", "Geen geldig telefoonnummer: "
                        + c.phone()));
            }
        }
        return v;
    }

    private static void tooLong(List<FieldViolation> v, String field, String value, int max) {
        if (value != null && value.length() > max) {
            v.add(new FieldViolation(field, "too-long", "Hoogstens " + max + " tekens."));
        }
    }
}
