/**
 * Real-browser tests of the coordinators' web UI: headless Chromium (Debian's, driven by Selenium) against the EAR on
 * the Arquillian-managed WildFly. Browser plumbing lives in {@link be.vierdepijler.it.ui.BrowserTest}; the tests speak
 * to the page as a user does (labels, buttons, what is shown) and check the API for what was stored.
 */
package be.vierdepijler.it.ui;
