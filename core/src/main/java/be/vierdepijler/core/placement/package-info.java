/**
 * The places a placement takes: a place in an offer of the catalogue (owned by the regions module) or a duo of a
 * buddy (owned by core's buddy aggregate). Placements refer to both by id and reach them only through these ports, so
 * that capacity is checked and taken in one place, atomically, in the caller's transaction.
 */
package be.vierdepijler.core.placement;
