/**
 * The regional allocation aggregate: dividing an amount (a call's budget, a budget line) over the 18 regional networks
 * by objective criteria with weights — the municipalities taking part on a reference date, and figures per
 * municipality such as inhabitants and first integration contracts of a year — with an optional cap per network whose
 * excess goes to the others, rounded to the cent by the largest remainder method. {@link
 * be.vierdepijler.regions.allocation.domain.AllocationCalculator} is the calculation, pure and exact; {@link
 * be.vierdepijler.regions.allocation.domain.Allocation} a saved one, immutable; {@link
 * be.vierdepijler.regions.allocation.domain.MunicipalityFigure} the reference figures users import with their source.
 * See docs/adr/0015-regional-allocation.md.
 */
package be.vierdepijler.regions.allocation.domain;
