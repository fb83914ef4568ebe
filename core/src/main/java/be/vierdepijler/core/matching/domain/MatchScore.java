package be.vierdepijler.core.matching.domain;

import java.util.List;

/**
 * A candidate's score for one newcomer: the total and what each criterion gave, in the order of the criteria.
 *
 * @param candidateId the offer's or buddy's id
 * @param total       the sum of the criteria's points
 * @param nearness    how near the candidate is (the first tie-break)
 * @param criteria    each criterion's points and explanation
 */
public record MatchScore(long candidateId, int total, Nearness nearness, List<CriterionScore> criteria) {

    public MatchScore {
        criteria = List.copyOf(criteria);
    }
}
