/** {@code /api/v1/networks}: the 18 regional networks with their membership figures. */
package be.vierdepijler.web.api.network;
