/**
 * The one import path over HTTP: the kinds a caller may import with their columns and templates, a file posted as the
 * raw body starting a run (202 with its address), and the runs with their progress and problems.
 */
package be.vierdepijler.web.api.imports;
