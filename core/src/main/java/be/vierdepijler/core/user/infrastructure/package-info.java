/** Infrastructure of the user aggregate: the password hash of Jakarta Security, and the JPA repository. */
package be.vierdepijler.core.user.infrastructure;
