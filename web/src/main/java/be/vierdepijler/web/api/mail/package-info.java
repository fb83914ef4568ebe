/** {@code /api/v1/mails}: the mail outbox for administrators (status, attempts, errors; never a body). */
package be.vierdepijler.web.api.mail;
