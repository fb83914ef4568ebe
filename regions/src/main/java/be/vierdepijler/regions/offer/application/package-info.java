/**
 * Use cases on the offer catalogue: the searchable, filtered catalogue (every signed-in user; drafts for those who
 * manage them), adding and changing an offer (administrators, the coordinators of its network, the officer of its
 * municipality, the contacts of its organisation), keeping the search terms in step, and the places a placement
 * takes ({@link be.vierdepijler.core.port.OfferPlaces}), and the offer figures of a dashboard
 * ({@link be.vierdepijler.regions.offer.application.OfferFigures}).
 */
package be.vierdepijler.regions.offer.application;
