/**
 * Errors as {@code application/problem+json} (RFC 9457). Every failure the API can meet has a mapper here, so that a
 * caller gets a 4xx with the field and the reason for bad input, and never a stack trace; an unexpected failure is
 * logged with an id and answered 500 with only that id.
 */
package be.vierdepijler.web.api.problem;
