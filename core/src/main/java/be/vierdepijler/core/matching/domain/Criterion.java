package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.spi.LocalizedText;

/**
 * One thing a match is scored on. Stateless and thread-safe. {@link #points} is the fast path (the network-wide
 * proposal calls it millions of times and allocates nothing); {@link #explain} says the same in words, for the few
 * candidates shown.
 */
public interface Criterion {

    /** {@link #points} answers this when the candidate cannot be matched at all (e.g. no free place). */
    int EXCLUDED = Integer.MIN_VALUE;

    /** Stable code, e.g. {@code nearness}; the API serves it. */
    String code();

    LocalizedText label();

    /** The most points this criterion gives. */
    int maxPoints();

    /** Whether it weighs this kind of candidate at all (the Dutch level, e.g., weighs offers only). */
    boolean appliesTo(Candidate candidate);

    /** The points, or {@link #EXCLUDED}. Only called when {@link #appliesTo} holds. */
    int points(NewcomerProfile newcomer, Candidate candidate);

    /** Why {@link #points} gave what it gave, for a coordinator. */
    LocalizedText explain(NewcomerProfile newcomer, Candidate candidate);
}
