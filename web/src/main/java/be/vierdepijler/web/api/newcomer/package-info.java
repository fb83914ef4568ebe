/** {@code /api/v1/newcomers}: intake of newcomers, their eligibility and its override. */
package be.vierdepijler.web.api.newcomer;
