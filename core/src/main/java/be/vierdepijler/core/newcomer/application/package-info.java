/**
 * Intake of newcomers: register, change, list within scope, eligibility and its recorded override; the newcomer's
 * rights over their data ({@link be.vierdepijler.core.newcomer.application.NewcomerPersonalData}: export, erasure,
 * retention) and their changes in the audit log.
 */
package be.vierdepijler.core.newcomer.application;
