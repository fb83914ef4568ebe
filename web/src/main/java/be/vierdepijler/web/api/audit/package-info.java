/** {@code /api/v1/audit}: for administrators, the changes and the reads of personal data. */
package be.vierdepijler.web.api.audit;
