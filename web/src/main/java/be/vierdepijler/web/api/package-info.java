/**
 * The public JSON API, version 1. Conventions: collections are paged ({@code ?page=} zero-based, {@code ?size=} up to
 * 200, {@code ?sort=field} or {@code -field}) and answer a {@link be.vierdepijler.web.api.PageDto}; errors are
 * {@code application/problem+json} ({@link be.vierdepijler.web.api.problem}); updates of a versioned resource need the
 * {@code ETag} the caller read, sent back in {@code If-Match}.
 */
package be.vierdepijler.web.api;
