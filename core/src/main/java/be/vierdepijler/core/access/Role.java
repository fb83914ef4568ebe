package be.vierdepijler.core.access;

import java.util.Arrays;
import java.util.Optional;

/** What a user does on the platform; the scope a role needs is checked by the user account ({@code core.user.domain.UserAccount}). */
public enum Role {
    /** Everything, in every network: the agency's functional administrators. */
    ADMINISTRATOR("administrator", "Beheerder", ScopeKind.NONE),
    /** Regional network coordinator (regiocoördinator, netwerkcoach): one or more networks. */
    NETWORK_COORDINATOR("network-coordinator", "Netwerkcoördinator", ScopeKind.NETWORKS),
    /** Trajectory counsellor (trajectbegeleider) of the agency: one or more networks. */
    COUNSELLOR("counsellor", "Trajectbegeleider", ScopeKind.NETWORKS),
    /** Officer of one local government (lokaal bestuur). */
    LOCAL_OFFICER("local-officer", "Medewerker lokaal bestuur", ScopeKind.MUNICIPALITY),
    /** Contact person of one partner organisation. */
    ORGANISATION_CONTACT("organisation-contact", "Contactpersoon organisatie", ScopeKind.ORGANISATION),
    /** Sees aggregated reports only, never a person. */
    VIEWER("viewer", "Raadpleger", ScopeKind.NONE);

    /** Which scope a role is bound to. */
    public enum ScopeKind { NONE, NETWORKS, MUNICIPALITY, ORGANISATION }

    private final String code;
    private final String label;
    private final ScopeKind scopeKind;

    Role(String code, String label, ScopeKind scopeKind) {
        this.code = code;
        this.label = label;
        this.scopeKind = scopeKind;
    }

    /** The kebab-case code used in the API. */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public ScopeKind scopeKind() {
        return scopeKind;
    }

    public static Optional<Role> byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
