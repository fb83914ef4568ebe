package be.vierdepijler.regions.funding.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.shared.ForbiddenException;
import java.util.Set;

/**
 * Who may do what with calls and projects (ADR 0014): administrators everything; network coordinators read the calls
 * and the projects of their networks; viewers read every call and project (they are aggregates about public money,
 * not personal data); nobody else anything.
 */
final class FundingAccess {

    private FundingAccess() {
    }

    static void mayRead(Caller caller) {
        if (!caller.isAdministrator() && caller.role() != Role.NETWORK_COORDINATOR && caller.role() != Role.VIEWER) {
            throw new ForbiddenException("Oproepen en projecten zijn voor beheerders, netwerkcoördinatoren en"
                    + " raadplegers.");
        }
    }

    /** Whether the caller registers and changes calls and projects. */
    static boolean changes(Caller caller) {
        return caller.isAdministrator();
    }

    static void mayChange(Caller caller) {
        if (!changes(caller)) {
            throw new ForbiddenException("Alleen een beheerder legt oproepen en projecten vast of wijzigt ze.");
        }
    }

    /** The networks whose projects the caller sees: null for all. */
    static Set<String> projectScope(Caller caller) {
        mayRead(caller);
        return caller.role() == Role.NETWORK_COORDINATOR ? caller.networkIds() : null;
    }
}
