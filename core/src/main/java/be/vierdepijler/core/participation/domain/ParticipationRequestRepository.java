package be.vierdepijler.core.participation.domain;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Requests, and the attempts on the public form counted for the limits, in the database. */
public interface ParticipationRequestRepository {

    Set<String> SORTABLE = Set.of("createdAt");

    Page<ParticipationRequest> find(RequestScope scope, RequestFilter filter, PageRequest page);

    /** How many open requests the scope holds. */
    long countOpen(RequestScope scope);

    Optional<ParticipationRequest> byId(long id);

    /** The open request with this fingerprint, if any. */
    Optional<ParticipationRequest> openByFingerprint(String fingerprint);

    /** Adds the request and writes it now, so that a unique key refuses a repeat here. */
    ParticipationRequest add(ParticipationRequest request);

    void flush();

    /**
     * Records one attempt on the public form from an address (its salted hash) in the first free of its numbered places
     * {@code 1..places}; false when every place is taken. Two attempts that take the same place at the same moment meet
     * at the unique key (address, place): the second fails with a {@code PersistenceException}.
     */
    boolean addAttempt(String addressHash, Instant at, int places);

    /** Attempts from this address since {@code since}. */
    long attemptsSince(String addressHash, Instant since);

    /** Attempts from every address since {@code since}. */
    long attemptsSince(Instant since);

    /** The oldest attempt from this address since {@code since}, for Retry-After. */
    Optional<Instant> oldestAttemptSince(String addressHash, Instant since);

    /** Forgets attempts older than {@code before}; returns how many. */
    int forgetAttemptsBefore(Instant before);
}
