package be.vierdepijler.core.trajectory.domain;

/** A placement runs, ended (its hours still count), or was cancelled (no hours may be added). */
public enum PlacementStatus {
    ACTIVE("active"), ENDED("ended"), CANCELLED("cancelled");

    private final String code;

    PlacementStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
