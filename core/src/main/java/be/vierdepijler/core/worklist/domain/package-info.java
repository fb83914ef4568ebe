/**
 * A counsellor's worklist: the open trajectories that need attention and why ({@link
 * be.vierdepijler.core.worklist.domain.WorklistReason}), with the thresholds as of one day ({@link
 * be.vierdepijler.core.worklist.domain.WorklistRules}). The reasons are decided in the database over the scoped
 * trajectories; this package says what each one means and what detail it carries. It owns no table: it reads those of
 * the trajectory and matching aggregates.
 */
package be.vierdepijler.core.worklist.domain;
