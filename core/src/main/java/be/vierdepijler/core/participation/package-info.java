/**
 * "I want to take part": the requests a newcomer leaves on the public offer finder, without an account, and how the
 * counsellors of the network take them in (linked to a newcomer) or decline them. See docs/participation-requests.md.
 */
package be.vierdepijler.core.participation;
