/**
 * The rights of a person over their data as the API serves them: the shape of an export and an erasure (the endpoints
 * live beside each kind of person, e.g. {@code /newcomers/{id}/export}), and the retention job run on demand.
 */
package be.vierdepijler.web.api.privacy;
