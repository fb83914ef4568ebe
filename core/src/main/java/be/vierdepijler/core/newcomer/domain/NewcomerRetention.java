package be.vierdepijler.core.newcomer.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Which newcomers are past their retention period. A newcomer's part ends with their last trajectory, so whoever
 * keeps the trajectories answers (a port, implemented beside the trajectory's tables): past retention is every
 * trajectory closed before the cutoff, or, for a newcomer who never had one, taken in before it.
 */
public interface NewcomerRetention {

    /** The newcomers not yet erased and past retention before {@code cutoff}, ascending id after {@code afterId}. */
    List<Long> dueForErasure(LocalDate cutoff, long afterId, int max);

    /** Whether one newcomer is past retention before {@code cutoff}, erased or claimed or not. */
    boolean isDue(long newcomerId, LocalDate cutoff);
}
