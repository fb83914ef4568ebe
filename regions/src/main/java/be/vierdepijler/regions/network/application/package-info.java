/** Use cases on the regional networks: listing them with their membership figures. */
package be.vierdepijler.regions.network.application;
