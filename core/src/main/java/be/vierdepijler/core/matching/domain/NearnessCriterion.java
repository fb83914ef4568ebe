package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.spi.LocalizedText;

/**
 * Nearness: a duo or an activity nearby is one that lasts. Same municipality {@value #SAME_MUNICIPALITY}, same
 * network {@value #SAME_NETWORK}, same province {@value #SAME_PROVINCE}, further 0.
 */
public final class NearnessCriterion implements Criterion {

    public static final String CODE = "nearness";
    static final int SAME_MUNICIPALITY = 30;
    static final int SAME_NETWORK = 20;
    static final int SAME_PROVINCE = 10;

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("Nabijheid", "Nearness");
    }

    @Override
    public int maxPoints() {
        return SAME_MUNICIPALITY;
    }

    @Override
    public boolean appliesTo(Candidate candidate) {
        return true;
    }

    @Override
    public int points(NewcomerProfile newcomer, Candidate candidate) {
        return points(newcomer.place().nearnessTo(candidate.place()));
    }

    static int points(Nearness nearness) {
        return switch (nearness) {
            case SAME_MUNICIPALITY -> SAME_MUNICIPALITY;
            case SAME_NETWORK -> SAME_NETWORK;
            case SAME_PROVINCE -> SAME_PROVINCE;
            case FURTHER -> 0;
        };
    }

    @Override
    public LocalizedText explain(NewcomerProfile newcomer, Candidate candidate) {
        return switch (newcomer.place().nearnessTo(candidate.place())) {
            case SAME_MUNICIPALITY -> LocalizedText.of("In dezelfde gemeente", "In the same municipality");
            case SAME_NETWORK -> LocalizedText.of("In een andere gemeente van hetzelfde netwerk",
                    "In another municipality of the same network");
            case SAME_PROVINCE -> LocalizedText.of("In een ander netwerk van dezelfde provincie",
                    "In another network of the same province");
            case FURTHER -> LocalizedText.of("In een andere provincie", "In another province");
        };
    }
}
