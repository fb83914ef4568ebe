/**
 * The calculation of a regional allocation (POST /funding/allocations, GET /funding/allocations/{id}) as one table
 * that is also its bar chart: per network each criterion's value and share, the weighted share, the amount by share,
 * whether the cap applied and what it moved, the cents added, and the final amount with a bar beside it (an SVG in
 * the row, hidden from screen readers: the numbers are the cells). A totals row closes it.
 */
import { html, svg } from 'lit';
import { formatDate, formatNumber } from './format.js';
import { t } from './i18n.js';
import { badge } from './ui.js';

/** The criteria the form offers, in the API's order; `year` when its figures are of a year. */
export const CRITERIA = [
    { code: 'participating-municipalities', year: false },
    { code: 'inhabitants', year: true },
    { code: 'first-integration-contracts', year: true },
];

const euro = (value) => formatNumber(value, 2);
const percent = (fraction) => (fraction === null || fraction === undefined ? '' : `${formatNumber(Number(fraction) * 100, 2)} %`);

/** One bar, {@code share} of the widest; width as an SVG attribute (the Content-Security-Policy refuses inline styles). */
function bar(share) {
    return html`<svg class="chart__track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
        ${svg`<rect class="chart__bar" x="0" y="0" height="10" width="${(share * 100).toFixed(1)}"></rect>`}
    </svg>`;
}

export function criterionLabel(c) {
    return c.year ? t('allocation.criterionYear', { label: t(`allocation.criterion.${c.criterion}`), year: c.year }) : t(`allocation.criterion.${c.criterion}`);
}

/** The terms of an allocation: amount, cap, reference date, call, and the weights as given and normalised. */
export function allocationTerms(a) {
    return html`<section class="card" aria-labelledby="allocation-terms-title">
        <h2 class="card__title" id="allocation-terms-title">${t('allocation.terms')}</h2>
        <dl class="facts" data-testid="allocation-terms">
            <dt>${t('allocation.amount')}</dt><dd>€ ${euro(a.amount)}</dd>
            <dt>${t('allocation.cap')}</dt><dd>${a.cap ? `€ ${euro(a.cap)}` : t('allocation.noCap')}</dd>
            <dt>${t('allocation.referenceDate')}</dt><dd>${formatDate(a.referenceDate)}</dd>
            ${a.callReference ? html`<dt>${t('allocation.callReference')}</dt><dd>${a.callReference}</dd>` : ''}
            ${a.criteria.map((c) => html`<dt>${criterionLabel(c)}</dt>
                <dd>${t('allocation.weightShown', { weight: formatNumber(c.weight), normalised: percent(c.normalisedWeight), total: formatNumber(c.total) })}</dd>`)}
        </dl>
    </section>`;
}

/** The whole calculation as a table with a bar per network. */
export function allocationTable(a) {
    const widest = Math.max(0, ...a.networks.map((n) => Number(n.finalAmount)));
    return html`<section class="card card--flush chart-card" aria-labelledby="allocation-table-title">
        <h2 class="card__title" id="allocation-table-title">${t('allocation.table.title')}</h2>
        <p class="card__intro">${t('allocation.table.intro')}</p>
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="allocation-table-title">
            <table class="table chart" data-testid="allocation-table">
                <caption class="visually-hidden">${t('allocation.table.caption')}</caption>
                <thead><tr>
                    <th scope="col">${t('allocation.column.network')}</th>
                    ${a.criteria.map((c) => html`<th scope="col" class="num">${criterionLabel(c)}</th>`)}
                    <th scope="col" class="num">${t('allocation.column.share')}</th>
                    <th scope="col" class="num">${t('allocation.column.raw')}</th>
                    <th scope="col">${t('allocation.column.cap')}</th>
                    <th scope="col" class="num">${t('allocation.column.redistributed')}</th>
                    <th scope="col" class="num">${t('allocation.column.beforeRounding')}</th>
                    <th scope="col" class="num">${t('allocation.column.cents')}</th>
                    <th scope="col" class="num">${t('allocation.column.final')}</th>
                    <th scope="col" class="chart__col"><span class="visually-hidden">${t('allocation.column.bar')}</span></th>
                </tr></thead>
                <tbody>
                    ${a.networks.map((n) => html`<tr data-network="${n.networkId}">
                        <th scope="row">${n.networkName}</th>
                        ${n.values.map((v) => html`<td class="num">${formatNumber(v.value)}<br><span class="muted">${percent(v.fraction)}</span></td>`)}
                        <td class="num">${percent(n.share)}</td>
                        <td class="num">${formatNumber(n.rawAmount, 2)}</td>
                        <td>${n.capped ? badge(t('allocation.capped', { round: n.cappedInRound }), 'warning') : ''}</td>
                        <td class="num">${Number(n.redistributed) === 0 ? '' : formatNumber(n.redistributed, 2)}</td>
                        <td class="num">${formatNumber(n.beforeRounding, 4)}</td>
                        <td class="num">${n.centsAdded ? t('allocation.centAdded', { rank: n.roundingRank }) : ''}</td>
                        <td class="num" data-final>${euro(n.finalAmount)}</td>
                        <td class="chart__col" aria-hidden="true">${bar(widest ? Number(n.finalAmount) / widest : 0)}</td>
                    </tr>`)}
                </tbody>
                <tfoot><tr>
                    <th scope="row">${t('allocation.total')}</th>
                    ${a.criteria.map((c) => html`<td class="num">${formatNumber(c.total)}</td>`)}
                    <td class="num">100 %</td>
                    <td class="num">${formatNumber(a.totals.rawAmount, 2)}</td>
                    <td>${a.totals.cappedNetworks ? t('allocation.cappedCount', { count: a.totals.cappedNetworks }) : ''}</td>
                    <td class="num"></td>
                    <td class="num">${formatNumber(a.totals.beforeRounding, 4)}</td>
                    <td class="num">${formatNumber(a.totals.centsAdded)}</td>
                    <td class="num" data-testid="allocation-total">${euro(a.totals.finalAmount)}</td>
                    <td class="chart__col" aria-hidden="true"></td>
                </tr></tfoot>
            </table>
        </div>
        <p class="chart__legend">${t('allocation.tieOrder')}</p>
    </section>`;
}
