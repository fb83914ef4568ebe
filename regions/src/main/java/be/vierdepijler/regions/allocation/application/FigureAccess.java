package be.vierdepijler.regions.allocation.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.shared.ForbiddenException;

/** Who may read the figures and allocations (administrators, coordinators, viewers) and who may change them. */
final class FigureAccess {

    private FigureAccess() {
    }

    static boolean mayRead(Caller caller) {
        return caller.isAdministrator() || caller.role() == Role.NETWORK_COORDINATOR || caller.role() == Role.VIEWER;
    }

    static void checkRead(Caller caller) {
        if (!mayRead(caller)) {
            throw new ForbiddenException("De regionale verdeling en haar cijfers zijn voor beheerders, coördinatoren"
                    + " en raadplegers.");
        }
    }

    /** Whether the caller imports figures and calculates allocations. */
    static boolean mayChange(Caller caller) {
        return caller.isAdministrator();
    }

    static void checkAdministrator(Caller caller, String what) {
        if (!mayChange(caller)) {
            throw new ForbiddenException("Alleen beheerders " + what + ".");
        }
    }
}
