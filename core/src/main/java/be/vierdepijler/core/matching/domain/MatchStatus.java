package be.vierdepijler.core.matching.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a newcomer stands in finding a buddy. The cycle:
 * <pre>
 *   no-match ──proposed──▶ proposed ──approved──▶ matched ──duo ended──▶ needs-rematch
 *      ▲                     │                                              │
 *      └────rejected─────────┘ (back to needs-rematch if they had a buddy)  │
 *                                       ▲                                    │
 *                                       └──────────────proposed──────────────┘
 * </pre>
 * A newcomer without a row is {@link #NO_MATCH}.
 */
public enum MatchStatus {
    NO_MATCH("no-match"), PROPOSED("proposed"), MATCHED("matched"), NEEDS_REMATCH("needs-rematch");

    private final String code;

    MatchStatus(String code) {
        this.code = code;
    }

    /** As stored and served: {@code no-match}, {@code proposed}, {@code matched}, {@code needs-rematch}. */
    public String code() {
        return code;
    }

    public static Optional<MatchStatus> byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** Whether a network-wide proposal looks for a buddy for a newcomer in this status. */
    public boolean seeksBuddy() {
        return this == NO_MATCH || this == NEEDS_REMATCH;
    }

    /** A proposal paired the newcomer with a buddy. */
    public MatchStatus proposed() {
        if (!seeksBuddy()) {
            throw new IllegalStateException("a newcomer who is " + code + " is not proposed again");
        }
        return PROPOSED;
    }

    /** The coordinator approved the proposed pair. */
    public MatchStatus approved() {
        if (this != PROPOSED) {
            throw new IllegalStateException("only a proposed pair is approved, not " + code);
        }
        return MATCHED;
    }

    /**
     * The coordinator rejected the proposed pair.
     *
     * @param hadBuddyBefore whether the newcomer was looking for a new buddy when the pair was proposed
     */
    public MatchStatus rejected(boolean hadBuddyBefore) {
        if (this != PROPOSED) {
            throw new IllegalStateException("only a proposed pair is rejected, not " + code);
        }
        return hadBuddyBefore ? NEEDS_REMATCH : NO_MATCH;
    }

    /** The duo ended early (buddy dropped out, no click): the newcomer needs another buddy. */
    public MatchStatus duoEnded() {
        if (this != MATCHED) {
            throw new IllegalStateException("only a matched newcomer's duo ends, not " + code);
        }
        return NEEDS_REMATCH;
    }
}
