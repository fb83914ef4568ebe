/** {@code /api/v1/municipalities}: the 304 municipalities, their network and their membership of it. */
package be.vierdepijler.web.api.municipality;
