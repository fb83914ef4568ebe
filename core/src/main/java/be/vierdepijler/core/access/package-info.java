/**
 * Who is calling: the signed-in {@link be.vierdepijler.core.access.Caller} and its
 * {@link be.vierdepijler.core.access.Role}, which every package of every module may use to decide scope. It depends on
 * nothing else, so that the audit, the users and every aggregate can name the caller without depending on each other.
 */
package be.vierdepijler.core.access;
