/**
 * Tests of the whole application: the EAR that Maven built, deployed on one managed WildFly (Arquillian) and used over
 * HTTP as a client would. Each test class deploys the EAR; the server itself starts once for all of them.
 */
package be.vierdepijler.it;
