/**
 * The buddy aggregate (buddywerking): a volunteer with a profile in the shared vocabulary (languages, interests,
 * weekly availability), screening and training, a capacity of duos and how many run, consents per purpose. The rules
 * live in {@link be.vierdepijler.core.buddy.domain.Buddy} and are tested without a container.
 */
package be.vierdepijler.core.buddy.domain;
