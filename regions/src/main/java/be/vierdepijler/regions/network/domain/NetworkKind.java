package be.vierdepijler.regions.network.domain;

/** Whether a network covers a reference region (referentieregio) or one of the big cities. */
public enum NetworkKind {
    /** One of the 15 reference regions fixed by the Flemish government on 4 February 2022. */
    REFERENCE_REGION,
    /** Antwerpen, Gent or Brussel (VGC): carved out of their reference region, or Brussels as a whole. */
    CITY
}
