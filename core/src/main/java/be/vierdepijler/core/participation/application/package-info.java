/** Receiving requests on the public form (limits, duplicates) and handling them in the counsellors' scope. */
package be.vierdepijler.core.participation.application;
