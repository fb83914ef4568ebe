/**
 * The shared kernel every module speaks: paging of collections ({@link be.vierdepijler.core.shared.PageRequest},
 * {@link be.vierdepijler.core.shared.Page}), the failures an application service may answer with
 * ({@link be.vierdepijler.core.shared.InvalidInputException} with field-level
 * {@link be.vierdepijler.core.shared.FieldViolation}s, {@link be.vierdepijler.core.shared.NotFoundException},
 * {@link be.vierdepijler.core.shared.ConcurrentModificationException}), the languages of the public pages
 * ({@link be.vierdepijler.core.shared.PublicLanguages}), SHA-256 ({@link be.vierdepijler.core.shared.Sha256}) and small
 * text helpers.
 *
 * <p>Plain Java with no container dependency: the web module maps these failures to {@code application/problem+json}.
 * Messages are Dutch first (the UI speaks Dutch); the machine-readable {@code code} of a violation is stable.
 */
package be.vierdepijler.core.shared;
