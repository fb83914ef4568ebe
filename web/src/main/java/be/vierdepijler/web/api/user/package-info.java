/** {@code /api/v1/users}: user accounts with their role and scope, managed by administrators and coordinators. */
package be.vierdepijler.web.api.user;
