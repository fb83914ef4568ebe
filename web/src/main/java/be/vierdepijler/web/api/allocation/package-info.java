/**
 * {@code /api/v1/funding/allocations} and {@code /api/v1/funding/municipality-figures}: dividing an amount over the 18
 * regional networks by weighted criteria with a cap, as a preview or saved, with the whole calculation per network
 * (JSON, or CSV and XLSX of a saved one); and the municipality figures it divides by.
 */
package be.vierdepijler.web.api.allocation;
