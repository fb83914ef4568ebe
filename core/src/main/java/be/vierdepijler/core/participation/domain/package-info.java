/** The participation request, its status, its checks and the normalised contact that recognises a repeat. */
package be.vierdepijler.core.participation.domain;
