/**
 * Demand against offer in a network (GET /reports/supply-demand): per municipality and trajectory type, the newcomers
 * who wait (in intake, or active without a running placement) and whom the type suits, beside the free places of the
 * open offers and the free duos of the available buddies; the gaps marked. What a coordinator reads to decide which
 * offer to open up next. Counts only; the API decides which network the user may count (all of them, their own, or a
 * local officer's municipality). The network lives in the address (#/reports/supply-demand?network=westhoek).
 *
 * The charts are data tables with bars beside their numbers (as on the dashboard): screen readers read the numbers,
 * the bars only draw them. A row whose demand exceeds its supply is marked in words as well as in colour.
 */
import { svg } from 'lit';
import { Page, html } from '../page.js';
import { api } from '../api.js';
import { formatDate, formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { DUTCH_LEVELS } from '../reference.js';
import { signedIn } from '../session.js';
import { badge, selectField } from '../ui.js';
import { choosableNetworks } from '../networks.js';

const PATH = '/reports/supply-demand';

/** A row, municipality or type that has something to show. */
const counts = (r) => r.demand > 0 || r.supply > 0;

class SupplyDemandPage extends Page {
    static properties = { ...Page.properties, report: { state: true }, networks: { state: true }, municipality: { state: true } };

    constructor() {
        super();
        this.report = null;
        this.networks = null;
        this.municipality = null;
    }

    async load() {
        const role = signedIn()?.role;
        if (role === 'organisation-contact') {
            return () => { this.report = null; };
        }
        const networks = await choosableNetworks(this.networks);
        let municipality = null;
        let network = this.query.network;
        if (role === 'local-officer') {
            const nis = signedIn().municipalityNis;
            municipality = this.municipality?.nisCode === nis ? this.municipality : await api.get(`municipalities/${nis}`);
            network = municipality.network.id;
        } else if (!network && networks.length === 1) {
            network = networks[0].id;
        }
        const report = network ? await api.get('reports/supply-demand', { network }) : null;
        return () => {
            this.networks = networks;
            this.municipality = municipality;
            this.report = report;
        };
    }

    pageTitle() {
        return this.report ? `${t('supplyDemand.title')} ${this.report.networkName}` : t('supplyDemand.title');
    }

    render() {
        return html`
            <div class="page-header">
                <h1 tabindex="-1">${t('supplyDemand.title')}${this.report ? html` <span class="muted">· ${this.report.networkName}</span>` : ''}</h1>
                <p class="lead">${t('supplyDemand.lead')}</p>
            </div>
            ${this.renderChooser()}
            ${this.renderContent()}`;
    }

    renderContent() {
        if (signedIn()?.role === 'organisation-contact') {
            return html`<div class="card" data-testid="supply-demand-organisation"><p>${t('supplyDemand.organisation')}</p>
                <p><a href="#/offers">${t('nav.offers')}</a></p></div>`;
        }
        if (this.failure) {
            return this.renderFailure();
        }
        if (this.loading && !this.report) {
            return this.renderLoading();
        }
        if (!this.report) {
            return html`<div class="card" data-testid="supply-demand-choose"><p>${t('supplyDemand.chooseFirst')}</p></div>`;
        }
        return this.renderReport(this.report);
    }

    /** The network (when the user may choose one); a local officer's municipality. */
    renderChooser() {
        if (signedIn()?.role === 'organisation-contact') {
            return '';
        }
        if (this.municipality) {
            return html`<p class="dashboard__scope" data-testid="supply-demand-scope">${t('supplyDemand.municipalityScope', { name: this.municipality.name })}</p>`;
        }
        if (!this.networks?.length) {
            return '';
        }
        const network = this.query.network || (this.networks.length === 1 ? this.networks[0].id : '');
        return html`<form class="card filters dashboard__chooser" role="search" aria-label="${t('supplyDemand.chooser')}"
                          @submit=${(e) => e.preventDefault()}>
            ${selectField({
                id: 'supply-demand-network', name: 'network', label: t('supplyDemand.network'), value: network,
                empty: network ? undefined : t('supplyDemand.chooseNetwork'),
                options: this.networks.map((n) => ({ value: n.id, label: n.name })),
                onInput: (v) => navigate(PATH, { network: v || undefined }),
            })}
        </form>`;
    }

    renderReport(r) {
        const csv = `api/v1/reports/supply-demand?network=${encodeURIComponent(r.networkId)}&format=csv`;
        return html`
            <ul class="stats stats--dashboard" aria-label="${t('supplyDemand.summary')}" aria-busy="${this.loading ? 'true' : 'false'}">
                ${this.tile('waiting', r.total.waiting, t('supplyDemand.figure.waiting'), t('supplyDemand.figure.waitingDetail'))}
                ${this.tile('demand', r.total.demand, t('supplyDemand.figure.demand'), t('supplyDemand.figure.demandDetail'))}
                ${this.tile('supply', r.total.supply, t('supplyDemand.figure.supply'), t('supplyDemand.figure.supplyDetail'))}
                ${this.tile('gap', r.total.gap, t('supplyDemand.figure.gap'),
                    r.total.demandExceedsSupply ? t('supplyDemand.figure.gapShort') : t('supplyDemand.figure.gapCovered'))}
            </ul>
            <p class="supply-demand__download">
                <a class="button button--secondary" href="${csv}" download="vraag-aanbod-${r.networkId}.csv" data-testid="download-csv">${t('supplyDemand.download')}</a>
                <span class="muted">${t('supplyDemand.date', { date: formatDate(r.date) })}</span>
            </p>
            ${this.renderChart('municipalities', t('supplyDemand.byMunicipality.title'), t('supplyDemand.byMunicipality.caption'),
                t('supplyDemand.column.municipality'), r.municipalities.filter(counts).map((m) => ({ key: m.municipalityNis, label: m.name, ...m })),
                t('supplyDemand.byMunicipality.none'))}
            ${this.renderChart('types', t('supplyDemand.byType.title'), t('supplyDemand.byType.caption'),
                t('supplyDemand.column.type'), r.types.map((ty) => ({ key: ty.typeId, label: ty.label, ...ty })),
                t('supplyDemand.byMunicipality.none'))}
            ${this.renderRows(r)}
            ${this.renderLevels(r)}
            ${this.renderInterests(r)}`;
    }

    tile(id, value, label, detail) {
        return html`<li class="stat" data-figure="${id}">
            <span class="stat__value">${formatNumber(value)}</span>
            <span class="stat__label">${label}</span>
            <span class="stat__detail">${detail}</span>
        </li>`;
    }

    /**
     * Demand over supply in one SVG, {@code widest} the full width: demand on top, supply below it, and what demand
     * exceeds supply by drawn after the supply bar as the gap. Widths are attributes, which the Content-Security-Policy
     * allows (an inline style would be refused).
     */
    bars(demand, supply, widest) {
        const scale = (n) => (widest ? (100 * n) / widest : 0);
        const d = scale(demand);
        const s = scale(supply);
        return html`<svg class="chart__track chart__track--pair" viewBox="0 0 100 20" preserveAspectRatio="none" focusable="false">
            ${svg`<rect class="chart__bar chart__bar--demand" x="0" y="0" height="9" width="${d.toFixed(1)}"></rect>
                  <rect class="chart__bar chart__bar--supply" x="0" y="11" height="9" width="${s.toFixed(1)}"></rect>
                  ${demand > supply ? svg`<rect class="chart__gap" x="${s.toFixed(1)}" y="11" height="9" width="${(d - s).toFixed(1)}"></rect>` : ''}`}
        </svg>`;
    }

    gapCell(item) {
        return html`<td class="num">${formatNumber(item.gap)}${item.demandExceedsSupply
            ? html` ${badge(t('supplyDemand.short'), 'warning')}` : ''}</td>`;
    }

    /** A chart that is a table: a row per municipality or type, its numbers in cells, its bars beside them. */
    renderChart(id, title, caption, column, items, none) {
        const widest = Math.max(0, ...items.map((i) => Math.max(i.demand, i.supply)));
        return html`<section class="card card--flush chart-card" aria-labelledby="supply-demand-${id}-title">
            <h2 class="card__title" id="supply-demand-${id}-title">${title}</h2>
            ${items.length ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="supply-demand-${id}-title">
                <table class="table chart" data-testid="chart-${id}">
                    <caption class="visually-hidden">${caption}</caption>
                    <thead><tr>
                        <th scope="col">${column}</th>
                        <th scope="col" class="num">${t('supplyDemand.column.demand')}</th>
                        <th scope="col" class="num">${t('supplyDemand.column.supply')}</th>
                        <th scope="col" class="num">${t('supplyDemand.column.gap')}</th>
                        <th scope="col" class="chart__col"><span class="visually-hidden">${t('supplyDemand.column.bars')}</span></th>
                    </tr></thead>
                    <tbody>
                        ${items.map((i) => html`<tr data-key="${i.key}" class="${i.demandExceedsSupply ? 'row--gap' : ''}">
                            <th scope="row">${i.label}</th>
                            <td class="num">${formatNumber(i.demand)}</td>
                            <td class="num">${formatNumber(i.supply)}</td>
                            ${this.gapCell(i)}
                            <td class="chart__col" aria-hidden="true">${this.bars(i.demand, i.supply, widest)}</td>
                        </tr>`)}
                    </tbody>
                </table>
            </div>
            <p class="chart__legend" aria-hidden="true">
                <span class="legend legend--demand">${t('supplyDemand.column.demand')}</span>
                <span class="legend legend--supply">${t('supplyDemand.column.supply')}</span>
                <span class="legend legend--gap">${t('supplyDemand.short')}</span>
            </p>` : html`<p class="empty">${none}</p>`}
        </section>`;
    }

    /** Every municipality and type with demand or supply; those with neither are left out (the CSV has them all). */
    renderRows(r) {
        const rows = r.rows.filter(counts);
        return html`<section class="card card--flush chart-card" aria-labelledby="supply-demand-rows-title">
            <h2 class="card__title" id="supply-demand-rows-title">${t('supplyDemand.rows.title')}</h2>
            <p class="card__intro muted">${t('supplyDemand.rows.intro')}</p>
            ${rows.length ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="supply-demand-rows-title">
                <table class="table" data-testid="supply-demand-rows">
                    <caption class="visually-hidden">${t('supplyDemand.rows.caption')}</caption>
                    <thead><tr>
                        <th scope="col">${t('supplyDemand.column.municipality')}</th>
                        <th scope="col">${t('supplyDemand.column.type')}</th>
                        <th scope="col">${t('supplyDemand.column.supplyKind')}</th>
                        <th scope="col" class="num">${t('supplyDemand.column.demand')}</th>
                        <th scope="col" class="num">${t('supplyDemand.column.supply')}</th>
                        <th scope="col" class="num">${t('supplyDemand.column.gap')}</th>
                    </tr></thead>
                    <tbody>
                        ${rows.map((row) => html`<tr data-row="${row.municipalityNis}/${row.typeId}" class="${row.demandExceedsSupply ? 'row--gap' : ''}">
                            <th scope="row">${row.municipalityName}</th>
                            <td>${row.typeLabel}</td>
                            <td>${t(`supplyDemand.placedWith.${row.placedWith}`)}</td>
                            <td class="num">${formatNumber(row.demand)}</td>
                            <td class="num">${formatNumber(row.supply)}</td>
                            ${this.gapCell(row)}
                        </tr>`)}
                    </tbody>
                </table>
            </div>` : html`<p class="empty">${t('supplyDemand.byMunicipality.none')}</p>`}
        </section>`;
    }

    /** Who waits, per municipality by level of Dutch (a column per level and one for "not assessed"). */
    renderLevels(r) {
        const waiting = r.municipalities.filter((m) => m.waiting > 0);
        return html`<section class="card card--flush chart-card" aria-labelledby="supply-demand-levels-title">
            <h2 class="card__title" id="supply-demand-levels-title">${t('supplyDemand.levels.title')}</h2>
            ${waiting.length ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="supply-demand-levels-title">
                <table class="table" data-testid="supply-demand-levels">
                    <caption class="visually-hidden">${t('supplyDemand.levels.caption')}</caption>
                    <thead><tr>
                        <th scope="col">${t('supplyDemand.column.municipality')}</th>
                        ${DUTCH_LEVELS.map((l) => html`<th scope="col" class="num">${l}</th>`)}
                        <th scope="col" class="num">${t('supplyDemand.levels.unknown')}</th>
                        <th scope="col" class="num">${t('supplyDemand.column.waiting')}</th>
                    </tr></thead>
                    <tbody>
                        ${waiting.map((m) => html`<tr data-municipality="${m.municipalityNis}">
                            <th scope="row">${m.name}</th>
                            ${DUTCH_LEVELS.map((l) => html`<td class="num" data-level="${l}">${formatNumber(m.byDutchLevel.find((b) => b.level === l)?.newcomers ?? 0)}</td>`)}
                            <td class="num" data-level="unknown">${formatNumber(m.dutchLevelUnknown)}</td>
                            <td class="num">${formatNumber(m.waiting)}</td>
                        </tr>`)}
                    </tbody>
                </table>
            </div>` : html`<p class="empty">${t('supplyDemand.nobodyWaits')}</p>`}
        </section>`;
    }

    /** Who waits, per municipality by interest: a column per interest somebody waiting named. */
    renderInterests(r) {
        const waiting = r.municipalities.filter((m) => m.waiting > 0);
        const named = new Map();
        waiting.forEach((m) => m.byInterest.forEach((i) => named.set(i.interest, (named.get(i.interest) ?? 0) + i.newcomers)));
        const interests = [...named.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
        return html`<section class="card card--flush chart-card" aria-labelledby="supply-demand-interests-title">
            <h2 class="card__title" id="supply-demand-interests-title">${t('supplyDemand.interests.title')}</h2>
            <p class="card__intro muted">${t('supplyDemand.interests.intro')}</p>
            ${interests.length ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="supply-demand-interests-title">
                <table class="table" data-testid="supply-demand-interests">
                    <caption class="visually-hidden">${t('supplyDemand.interests.caption')}</caption>
                    <thead><tr>
                        <th scope="col">${t('supplyDemand.column.municipality')}</th>
                        ${interests.map((i) => html`<th scope="col" class="num">${t(`interest.${i}`)}</th>`)}
                    </tr></thead>
                    <tbody>
                        ${waiting.map((m) => html`<tr data-municipality="${m.municipalityNis}">
                            <th scope="row">${m.name}</th>
                            ${interests.map((i) => html`<td class="num" data-interest="${i}">${formatNumber(m.byInterest.find((b) => b.interest === i)?.newcomers ?? 0)}</td>`)}
                        </tr>`)}
                    </tbody>
                </table>
            </div>` : html`<p class="empty">${t('supplyDemand.interests.none')}</p>`}
        </section>`;
    }
}

customElements.define('vp-supply-demand-page', SupplyDemandPage);
