package be.vierdepijler.web.api.user;

import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.regions.municipality.application.MunicipalityDirectory;
import be.vierdepijler.regions.organisation.application.OrganisationDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;

/**
 * The names of the municipality and organisation a user's scope names by code, looked up once per request: a page of
 * users mostly shares a handful of them.
 */
@RequestScoped
public class ScopeNames {

    @Inject
    MunicipalityDirectory municipalities;

    @Inject
    OrganisationDirectory organisations;

    private final Map<String, String> municipalityNames = new HashMap<>();
    private final Map<Long, String> organisationNames = new HashMap<>();

    /** The municipality's name, or null for none (or a code no longer known). */
    String municipality(String nisCode) {
        if (nisCode == null) {
            return null;
        }
        return municipalityNames.computeIfAbsent(nisCode, code -> {
            try {
                return municipalities.get(code).municipality().name();
            } catch (NotFoundException e) {
                return null;
            }
        });
    }

    /** The organisation's name, or null for none (or an id no longer known). */
    String organisation(Long id) {
        if (id == null) {
            return null;
        }
        return organisationNames.computeIfAbsent(id, key -> {
            try {
                return organisations.get(key).organisation().name();
            } catch (NotFoundException e) {
                return null;
            }
        });
    }
}
