/**
 * The regional network aggregate: one of the 15 reference regions of Flanders (referentieregio's) or one of the three
 * city networks (Antwerpen, Gent, Brussel/VGC), and the rule that assigns every municipality to exactly one of them.
 */
package be.vierdepijler.regions.network.domain;
