/** Intake of newcomers: register, change, list within scope, eligibility and its recorded override. */
package be.vierdepijler.core.newcomer.application;
