/**
 * The matching's storage (proposals, pairs, statuses) and its reads of buddies and newcomers: lean native queries
 * that pre-select candidates in the database and read their profiles in one pass, since a suggestion must come back
 * within 50 ms with 15,000 buddies in a network. A network's candidates are kept per node and read again only when
 * the network's generation ({@code JpaCandidateChanges}, table {@code matching_generation}) moved.
 */
package be.vierdepijler.core.matching.infrastructure.jpa;
