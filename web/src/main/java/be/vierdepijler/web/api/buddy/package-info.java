/**
 * {@code /api/v1/buddies}: buddies within the caller's scope, their report (counts only, also for viewers), export and
 * erasure; and {@code /api/v1/public/buddy-registrations}, the public self-registration form's endpoint.
 */
package be.vierdepijler.web.api.buddy;
