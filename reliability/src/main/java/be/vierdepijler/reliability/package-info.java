/**
 * The reliability harness: a small HTTP client that signs in and keeps its session and CSRF token, and the
 * generators and counters the reliability tests (under src/test, profile {@code reliability}) share. It talks to a
 * running cluster over HTTP and reads PostgreSQL over JDBC; it never runs inside the server.
 */
package be.vierdepijler.reliability;
