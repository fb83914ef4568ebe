/**
 * {@code /api/v1/public/offers}: the public offer finder, without an account. Only offers that are published, open
 * today, approved for the finder against the decree's checklist, of an organisation that agreed to be listed; never a
 * contact person, capacity or places-taken figure (only "free" or "full").
 */
package be.vierdepijler.web.api.publicoffer;
