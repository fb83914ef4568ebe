/** Recording reads of personal data and answering administrators' questions about changes and reads. */
package be.vierdepijler.core.audit.application;
