/**
 * The worklist as a caller may read it ({@link be.vierdepijler.core.worklist.application.Worklist}): who sees which
 * trajectories (administrators everything, coordinators and counsellors their networks, others nothing), a
 * counsellor's own trajectories by default, and the configured weeks without hours ({@link
 * be.vierdepijler.core.worklist.application.WorklistSettings}).
 */
package be.vierdepijler.core.worklist.application;
