/**
 * Architecture tests (ArchUnit) of the module rules in docs/architecture.md, over the compiled classes of every module. They run
 * in the ear module because only it sees all modules; they need no server.
 */
package be.vierdepijler.architecture;
