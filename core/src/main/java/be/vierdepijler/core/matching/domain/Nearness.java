package be.vierdepijler.core.matching.domain;

/** How near a candidate is to a newcomer, nearest first. */
public enum Nearness {
    SAME_MUNICIPALITY, SAME_NETWORK, SAME_PROVINCE, FURTHER
}
