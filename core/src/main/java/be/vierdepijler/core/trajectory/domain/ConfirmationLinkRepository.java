package be.vierdepijler.core.trajectory.domain;

import java.util.Optional;

/** Confirmation links, found by the hash of their token only. */
public interface ConfirmationLinkRepository {

    Optional<ConfirmationLink> byTokenHash(String tokenHash);

    ConfirmationLink add(ConfirmationLink link);
}
