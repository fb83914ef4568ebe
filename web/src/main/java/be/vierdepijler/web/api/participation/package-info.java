/**
 * "I want to take part": the public form's endpoint (no sign-in, limited per address) and the counsellors' list of
 * requests with taking in (linking to a newcomer) and declining.
 */
package be.vierdepijler.web.api.participation;
