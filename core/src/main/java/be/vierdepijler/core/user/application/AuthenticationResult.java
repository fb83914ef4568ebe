package be.vierdepijler.core.user.application;

import be.vierdepijler.core.access.Caller;

/**
 * The outcome of a log-in attempt.
 *
 * @param outcome            what happened
 * @param caller             the signed-in user when {@code outcome} is {@link Outcome#SUCCESS}; null otherwise
 * @param mustChangePassword whether the user must choose a new password first
 */
public record AuthenticationResult(Outcome outcome, Caller caller, boolean mustChangePassword) {

    /** Why a log-in succeeded or not; the API tells a person only "wrong" or "locked", never which part was wrong. */
    public enum Outcome { SUCCESS, INVALID, LOCKED }

    public static AuthenticationResult failed(Outcome outcome) {
        return new AuthenticationResult(outcome, null, false);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
