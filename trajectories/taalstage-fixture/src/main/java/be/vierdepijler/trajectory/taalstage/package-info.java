/**
 * A test fixture, never shipped: the trajectory type {@code taalstage}, which the ear's integration tests add to the
 * EAR's {@code lib/} to prove that a module adds a type without a change in core, regions or web.
 */
package be.vierdepijler.trajectory.taalstage;
