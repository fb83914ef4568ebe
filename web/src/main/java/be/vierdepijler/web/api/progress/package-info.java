/**
 * {@code /api/v1/public/progress}: the newcomer's own progress page behind a personal, expiring, revocable link. No
 * account; it shows the first name and the hours of one trajectory, nothing else about the newcomer.
 */
package be.vierdepijler.web.api.progress;
