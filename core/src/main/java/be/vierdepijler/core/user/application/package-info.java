/**
 * Use cases on user accounts: signing in with back-off ({@link be.vierdepijler.core.user.application.Authenticator}),
 * the first administrator ({@link be.vierdepijler.core.user.application.AdministratorBootstrap}), and managing users
 * and their scopes ({@link be.vierdepijler.core.user.application.UserDirectory}): administrators manage everybody,
 * network coordinators the local officers of their own networks.
 */
package be.vierdepijler.core.user.application;
