/**
 * Public endpoints under {@code /api/v1/public}: the contact person's confirmation link (with its QR code) and the
 * verification of a certificate code. No account needed; they reveal only what the link or code is for.
 */
package be.vierdepijler.web.api.confirmation;
