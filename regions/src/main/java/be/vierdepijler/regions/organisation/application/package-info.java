/**
 * Use cases on partner organisations: the paged, searchable directory (every signed-in user), and registering and
 * changing an organisation (administrators, the coordinators of its network, the officer of its municipality).
 * Contact persons are shown only to callers whose scope covers the organisation.
 */
package be.vierdepijler.regions.organisation.application;
