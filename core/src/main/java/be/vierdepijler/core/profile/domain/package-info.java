/**
 * The vocabulary newcomers and buddies are described in, so that matching can compare them: interests, weekly time
 * slots of availability and spoken languages. Codes are stored and exchanged through the API; never rename one.
 */
package be.vierdepijler.core.profile.domain;
