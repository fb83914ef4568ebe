/**
 * The dashboard of a network (GET /reports/dashboard): newcomers in the fourth pillar, trajectories running and
 * completed (obliged / entitled), confirmed hours this month and per reporting category, the offer that takes
 * newcomers now with its free places, and the buddies available. Aggregates only; the API decides what the user may
 * count (their networks, their municipality, everything for administrators and viewers). The chosen network and month
 * live in the address (#/dashboard?network=westhoek&month=2026-10), so a dashboard can be bookmarked; without a month
 * the figures are of the current one.
 */
import { svg } from 'lit';
import { Page, html } from '../page.js';
import { api } from '../api.js';
import { formatMonth, formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { href, navigate } from '../router.js';
import { signedIn } from '../session.js';
import { EVERYWHERE, choosableNetworks } from '../networks.js';
import { downloadUrl, reportByKey } from '../reports.js';
import { formatCell } from '../report-table.js';
import { selectField } from '../ui.js';
import { WORKLIST_REASONS } from '../worklist-reasons.js';
import { may } from '../permissions.js';

const PATH = '/dashboard';
/** Who follows trajectories, and sees the worklist's counts here. */
/** How many months back the month chooser reaches (the current one included). */
const MONTHS = 36;

/** The current month in Brussels, as 2026-11 (the server counts "this month" there too). */
function currentMonth() {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit' })
        .formatToParts(new Date());
    return `${parts.find((p) => p.type === 'year').value}-${parts.find((p) => p.type === 'month').value}`;
}

/** The months the chooser offers, newest first: the current one and {@link MONTHS} - 1 before it. */
function choosableMonths() {
    const [year, month] = currentMonth().split('-').map(Number);
    return Array.from({ length: MONTHS }, (_, i) => {
        const d = new Date(Date.UTC(year, month - 1 - i, 15));
        return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    });
}

/** Moved to ../networks.js (shared with supply and demand and the reports); kept here for the pages importing it. */
export { choosableNetworks };

class DashboardPage extends Page {
    static properties = {
        ...Page.properties, figures: { state: true }, networks: { state: true }, municipality: { state: true },
        worklist: { state: true }, trends: { state: true },
    };

    constructor() {
        super();
        this.networks = null;
        this.municipality = null;
    }

    /** "Everything" is a choice when it is more than one network. */
    offersAll(networks) {
        return EVERYWHERE.includes(signedIn()?.role) || networks.length > 1;
    }

    async load() {
        if (signedIn()?.role === 'organisation-contact') {
            return () => { this.figures = null; }; // no network figures: their offers and placements are elsewhere
        }
        const networks = await choosableNetworks(this.networks);
        // One network only: show it by name rather than as "everything".
        const network = this.query.network || (networks.length === 1 ? networks[0].id : undefined);
        const [figures, worklist, trends] = await Promise.all([
            api.get('reports/dashboard', { network, month: this.query.month }),
            may('followTrajectories') ? api.get('worklist/summary', { network }) : null, // the worklist is theirs
            api.get('reports/trends', { network }),
        ]);
        const municipality = figures.municipalityNis
            ? (this.municipality?.nisCode === figures.municipalityNis ? this.municipality : await api.get(`municipalities/${figures.municipalityNis}`))
            : null;
        return () => {
            this.networks = networks;
            this.figures = figures;
            this.worklist = worklist;
            this.trends = trends;
            this.trendQuery = network ? { network } : {};
            this.municipality = municipality;
        };
    }

    pageTitle() {
        return this.figures?.networkName ? `${t('dashboard.title')} ${this.figures.networkName}` : t('dashboard.title');
    }

    render() {
        return html`
            <div class="page-header">
                <h1 tabindex="-1">${t('dashboard.title')}${this.figures?.networkName ? html` <span class="muted">· ${this.figures.networkName}</span>` : ''}</h1>
                <p class="lead">${t('dashboard.lead')}</p>
            </div>
            ${this.renderChooser()}
            ${this.renderContent()}`;
    }

    renderContent() {
        if (this.failure) {
            return this.renderFailure();
        }
        if (signedIn()?.role === 'organisation-contact') {
            return html`<div class="card" data-testid="dashboard-organisation"><p>${t('dashboard.organisation')}</p>
                <p><a href="#/offers">${t('nav.offers')}</a></p></div>`;
        }
        return this.figures ? this.renderFigures() : this.renderLoading();
    }

    /** The network (when the user may choose one) and the month of the figures; a local officer's municipality. */
    renderChooser() {
        if (signedIn()?.role === 'organisation-contact') {
            return '';
        }
        const scope = this.municipality
            ? html`<p class="dashboard__scope" data-testid="dashboard-scope">${t('dashboard.municipalityScope', { name: this.municipality.name })}</p>`
            : '';
        const choosesNetwork = !this.municipality && this.networks?.length;
        const network = this.query.network || (this.networks?.length === 1 ? this.networks[0].id : '');
        const current = currentMonth();
        const month = this.query.month || current;
        const months = choosableMonths();
        if (!months.includes(month)) {
            months.push(month); // a bookmark of an older month still shows which one it is
        }
        const go = (changes) => navigate(PATH, {
            network: this.query.network, month: this.query.month, ...changes,
        });
        return html`${scope}<form class="card filters dashboard__chooser" role="search" aria-label="${t('dashboard.chooser')}"
                          @submit=${(e) => e.preventDefault()}>
            ${choosesNetwork ? selectField({
                id: 'dashboard-network', name: 'network', label: t('dashboard.network'), value: network,
                empty: this.offersAll(this.networks) ? t(EVERYWHERE.includes(signedIn()?.role) ? 'dashboard.allNetworks' : 'dashboard.myNetworks') : undefined,
                options: this.networks.map((n) => ({ value: n.id, label: n.name })),
                onInput: (v) => go({ network: v || undefined }),
            }) : ''}
            ${selectField({
                id: 'dashboard-month', name: 'month', label: t('dashboard.month'), value: month,
                options: months.map((m) => ({ value: m, label: formatMonth(m) })),
                onInput: (v) => go({ month: v === current ? undefined : v }),
            })}
        </form>`;
    }

    renderFigures() {
        const f = this.figures;
        const month = formatMonth(f.month);
        return html`
            <ul class="stats stats--dashboard" aria-label="${t('dashboard.summary')}" aria-busy="${this.loading ? 'true' : 'false'}">
                ${this.tile('newcomers', f.newcomers.total, t('dashboard.figure.newcomers'),
                    t('dashboard.figure.split', { obliged: formatNumber(f.newcomers.obliged), entitled: formatNumber(f.newcomers.entitled) }))}
                ${this.tile('running', f.trajectories.running, t('dashboard.figure.running'),
                    t('dashboard.figure.runningSplit', { intake: formatNumber(f.trajectories.intake), active: formatNumber(f.trajectories.active) }))}
                ${this.tile('completed', f.completed.total, t('dashboard.figure.completed'),
                    t('dashboard.figure.split', { obliged: formatNumber(f.completed.obliged), entitled: formatNumber(f.completed.entitled) }))}
                ${this.tile('hours-month', f.hours.thisMonth, t('dashboard.figure.hoursThisMonth', { month }),
                    t('dashboard.figure.hoursTotal', { hours: formatNumber(f.hours.confirmed) }))}
                ${this.tile('offers', f.offers.published, t('dashboard.figure.offers'),
                    t('dashboard.figure.offersSplit', { formatted: formatNumber(f.offers.withFreePlaces) }))}
                ${this.tile('free-places', f.offers.freePlaces, t('dashboard.figure.freePlaces'),
                    t('dashboard.figure.freePlacesSplit', { places: formatNumber(f.offers.places) }))}
                ${this.tile('buddies', f.buddies.available, t('dashboard.figure.buddies'),
                    t('dashboard.figure.buddiesSplit', { free: formatNumber(f.buddies.freeDuos), running: formatNumber(f.buddies.duosRunning) }))}
            </ul>
            ${this.renderWorklist()}
            ${this.renderCategories(f, month)}
            ${this.renderTrends()}`;
    }

    /**
     * The worklist's counts (GET /worklist/summary, the same network): how many trajectories need attention and how
     * many for each reason, each a link to the worklist filtered on it.
     */
    renderWorklist() {
        const w = this.worklist;
        if (!w) {
            return '';
        }
        const link = (reason) => href('/worklist', { reason, network: w.networkId ?? undefined });
        return html`<section class="card worklist-card" aria-labelledby="dashboard-worklist-title" data-testid="worklist-summary">
            <h2 class="card__title" id="dashboard-worklist-title">${t(w.mine ? 'dashboard.worklist.titleMine' : 'dashboard.worklist.title')}</h2>
            <p><a href="${link()}" data-reason="total">${t('dashboard.worklist.total', { count: w.total, formatted: formatNumber(w.total) })}</a></p>
            <ul class="worklist-card__reasons">
                ${WORKLIST_REASONS.map((code) => {
                    const count = w.reasons.find((r) => r.code === code)?.count ?? 0;
                    return html`<li><a href="${link(code)}" data-reason="${code}">
                        <span class="worklist-card__count">${formatNumber(count)}</span>
                        <span>${t(`worklist.reason.${code}`)}</span>
                    </a></li>`;
                })}
            </ul>
        </section>`;
    }

    tile(id, value, label, detail) {
        return html`<li class="stat" data-figure="${id}">
            <span class="stat__value">${formatNumber(value)}</span>
            <span class="stat__label">${label}</span>
            <span class="stat__detail">${detail}</span>
        </li>`;
    }

    /**
     * One bar, {@code percent} of the widest, as SVG: its width is an attribute, which the Content-Security-Policy
     * allows (an inline style, also the first render of Lit's styleMap, would be refused: style-src 'self').
     */
    bar(percent, modifier = '') {
        return html`<svg class="chart__track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
            ${svg`<rect class="chart__bar ${modifier}" x="0" y="0" height="10" width="${percent.toFixed(1)}"></rect>`}
        </svg>`;
    }

    /**
     * The hours per reporting category as a bar chart that is a data table: the numbers are the table's cells (read
     * by screen readers and copyable), the bars beside them only draw the same shares.
     */
    renderCategories(f, month) {
        const categories = f.hours.byCategory;
        const widest = Math.max(0, ...categories.map((c) => Number(c.hours)));
        return html`<section class="card card--flush chart-card" aria-labelledby="dashboard-categories-title">
            <h2 class="card__title" id="dashboard-categories-title">${t('dashboard.categories.title')}</h2>
            ${categories.length ? html`<div class="table-wrap">
                <table class="table chart" data-testid="hours-by-category">
                    <caption class="visually-hidden">${t('dashboard.categories.caption')}</caption>
                    <thead><tr>
                        <th scope="col">${t('dashboard.categories.column.category')}</th>
                        <th scope="col">${t('dashboard.categories.column.type')}</th>
                        <th scope="col" class="num">${t('dashboard.categories.column.hours')}</th>
                        <th scope="col" class="num">${t('dashboard.categories.column.share')}</th>
                        <th scope="col" class="chart__col"><span class="visually-hidden">${t('dashboard.categories.column.bar')}</span></th>
                        <th scope="col" class="num">${t('dashboard.categories.column.month', { month })}</th>
                    </tr></thead>
                    <tbody>
                        ${categories.map((c) => html`<tr data-category="${c.typeId}/${c.categoryId}">
                            <th scope="row">${c.label}</th>
                            <td>${c.typeLabel}</td>
                            <td class="num">${formatNumber(c.hours)}</td>
                            <td class="num">${t('dashboard.categories.percent', { percent: formatNumber(c.percent, 1) })}</td>
                            <td class="chart__col" aria-hidden="true">
                                ${this.bar(widest ? (Number(c.hours) / widest) * 100 : 0)}
                            </td>
                            <td class="num">${formatNumber(c.hoursThisMonth)}</td>
                        </tr>`)}
                    </tbody>
                </table>
            </div>` : html`<p class="empty">${t('dashboard.categories.none')}</p>`}
        </section>`;
    }

    /**
     * The trend of the last 24 months (GET /reports/trends, the same network): completions and confirmed hours per
     * month, drawn as bars beside their numbers in a data table (the chart is the table: screen readers read the
     * months and numbers, the bars are hidden from them), with the same figures to download as CSV and Excel.
     * The months are the totals row of the report's two tables; a count left out for a viewer shows as a dash.
     */
    renderTrends() {
        const r = this.trends;
        if (!r) {
            return '';
        }
        const completions = r.tables.find((x) => x.key === 'completions');
        const hours = r.tables.find((x) => x.key === 'hours');
        const months = completions.columns.slice(1, -1).map((c) => c.key);
        const widest = (table) => Math.max(0, ...months.map((m) => Number(table.totals?.[m] ?? 0)));
        const mostDone = widest(completions);
        const mostHours = widest(hours);
        const report = reportByKey('trends');
        const query = this.trendQuery ?? {};
        return html`<section class="card card--flush chart-card" aria-labelledby="dashboard-trend-title">
            <h2 class="card__title" id="dashboard-trend-title">${t('dashboard.trend.title')}</h2>
            <p class="trend__downloads">
                <a class="button button--secondary" data-testid="trend-csv" download
                   href="${downloadUrl(report, query, 'csv', 'completions')}">${t('dashboard.trend.csvCompletions')}</a>
                <a class="button button--secondary" data-testid="trend-csv-hours" download
                   href="${downloadUrl(report, query, 'csv', 'hours')}">${t('dashboard.trend.csvHours')}</a>
                <a class="button button--secondary" data-testid="trend-xlsx" download
                   href="${downloadUrl(report, query, 'xlsx')}">${t('dashboard.trend.xlsx')}</a>
            </p>
            <div class="table-wrap">
                <table class="table chart" data-testid="trend">
                    <caption class="visually-hidden">${t('dashboard.trend.caption')}</caption>
                    <thead><tr>
                        <th scope="col">${t('dashboard.trend.column.month')}</th>
                        <th scope="col" class="num">${t('dashboard.trend.column.completions')}</th>
                        <th scope="col" class="chart__col"><span class="visually-hidden">${t('dashboard.trend.column.completionsBar')}</span></th>
                        <th scope="col" class="num">${t('dashboard.trend.column.hours')}</th>
                        <th scope="col" class="chart__col"><span class="visually-hidden">${t('dashboard.trend.column.hoursBar')}</span></th>
                    </tr></thead>
                    <tbody>
                        ${months.map((m) => {
                            const done = completions.totals?.[m];
                            const worked = hours.totals?.[m];
                            return html`<tr data-month="${m}">
                                <th scope="row">${formatMonth(m)}</th>
                                <td class="num">${formatCell('integer', done)}</td>
                                <td class="chart__col" aria-hidden="true">${this.bar(mostDone ? (Number(done ?? 0) / mostDone) * 100 : 0)}</td>
                                <td class="num">${formatCell('decimal', worked)}</td>
                                <td class="chart__col" aria-hidden="true">${this.bar(mostHours ? (Number(worked ?? 0) / mostHours) * 100 : 0, 'chart__bar--hours')}</td>
                            </tr>`;
                        })}
                    </tbody>
                </table>
            </div>
        </section>`;
    }
}

customElements.define('vp-dashboard-page', DashboardPage);
