/**
 * The reports page (#/reports): the reports parliament asks for, listed from the registry in ../reports.js. The chosen
 * report and its filters live in the address (#/reports?report=completions&network=westhoek&from=2025-01-01), so a
 * report can be bookmarked; the API decides what the user may count. Each report is shown by the generic renderer
 * (../report-table.js) with download links for CSV (per table) and Excel that carry the same filters.
 */
import { Page, html } from '../page.js';
import { api } from '../api.js';
import { choosableNetworks, EVERYWHERE } from '../networks.js';
import { t } from '../i18n.js';
import { href, navigate } from '../router.js';
import { signedIn } from '../session.js';
import { selectField, textField } from '../ui.js';
import { downloadUrl, reportByKey, reportsFor } from '../reports.js';
import { reportView } from '../report-table.js';

const PATH = '/reports';

class ReportsPage extends Page {
    static properties = {
        ...Page.properties, report: { state: true }, networks: { state: true }, calls: { state: true },
        draft: { state: true },
    };

    constructor() {
        super();
        this.networks = null;
        this.calls = null;
        this.report = null;
        this.draft = {};
    }

    chosen() {
        return reportByKey(this.query.report) ?? null;
    }

    /** The filters of the address that the chosen report takes. */
    filters(report) {
        const q = {};
        if (report.filters.includes('network') && this.query.network) {
            q.network = this.query.network;
        }
        if (report.filters.includes('period')) {
            if (this.query.from) {
                q.from = this.query.from;
            }
            if (this.query.to) {
                q.to = this.query.to;
            }
        }
        if (report.filters.includes('call') && this.query.call) {
            q.call = this.query.call;
        }
        if (report.filters.includes('year') && this.query.year) {
            q.year = this.query.year;
        }
        return q;
    }

    /** Whether the report can be asked for: a report about a call needs the call. */
    complete(report) {
        return !report.filters.includes('call') || Boolean(this.query.call);
    }

    async load() {
        const networks = await choosableNetworks(this.networks);
        const chosen = this.chosen();
        const calls = chosen?.filters.includes('call') && !this.calls
            ? (await api.get('funding/calls', { size: 100, sort: 'reference' })).items : this.calls;
        const report = chosen && this.complete(chosen) ? await api.get(chosen.path, this.filters(chosen)) : null;
        return () => {
            this.networks = networks;
            this.calls = calls;
            this.report = report;
            this.draft = { from: this.query.from ?? '', to: this.query.to ?? '', year: this.query.year ?? '' };
        };
    }

    pageTitle() {
        const chosen = this.chosen();
        return chosen ? `${t(`reports.${chosen.key}.title`)} · ${t('reports.title')}` : t('reports.title');
    }

    render() {
        const chosen = this.chosen();
        return html`
            <div class="page-header">
                <h1 tabindex="-1">${t('reports.title')}</h1>
                <p class="lead">${t('reports.lead')}</p>
            </div>
            <nav class="card report-list" aria-label="${t('reports.list')}">
                <ul class="plain-list" data-testid="report-list">
                    ${reportsFor(signedIn()?.role).map((r) => html`<li>
                        <a href="${href(PATH, { report: r.key, network: this.query.network })}" data-report="${r.key}"
                           aria-current="${chosen?.key === r.key ? 'page' : 'false'}">${t(`reports.${r.key}.title`)}</a>
                        <span class="muted">${t(`reports.${r.key}.question`)}</span>
                    </li>`)}
                </ul>
            </nav>
            ${chosen ? this.renderChosen(chosen) : html`<p class="muted">${t('reports.choose')}</p>`}`;
    }

    renderChosen(chosen) {
        return html`<section aria-labelledby="report-title">
            <h2 id="report-title">${t(`reports.${chosen.key}.title`)}</h2>
            ${this.renderFilters(chosen)}
            ${!this.complete(chosen) ? html`<p class="muted" data-testid="report-choose-call">${t('reports.chooseCall')}</p>`
                : this.failure ? this.renderFailure() : this.report && !this.loading ? this.renderReport(chosen) : this.renderLoading()}
        </section>`;
    }

    renderFilters(chosen) {
        const go = (changes) => navigate(PATH, { ...this.query, report: chosen.key, ...changes });
        const everything = EVERYWHERE.includes(signedIn()?.role);
        return html`<form class="card filters" role="search" aria-label="${t('reports.filters')}"
                          @submit=${(e) => { e.preventDefault(); go({ from: this.draft.from || undefined, to: this.draft.to || undefined, year: this.draft.year || undefined }); }}>
            ${chosen.filters.includes('call') && this.calls ? selectField({
                id: 'report-call', name: 'call', label: t('reports.call'), value: this.query.call ?? '',
                empty: t('reports.chooseCallOption'),
                options: this.calls.map((c) => ({ value: String(c.id), label: `${c.reference} · ${c.name}` })),
                onInput: (v) => go({ call: v || undefined }),
            }) : ''}
            ${chosen.filters.includes('year') ? html`
                ${textField({ id: 'report-year', name: 'year', type: 'number', label: t('reports.year'), hint: t('reports.yearHint'),
                    value: this.draft.year, onInput: (v) => { this.draft = { ...this.draft, year: v }; } })}
                <div class="filters__actions"><button class="button" type="submit" data-testid="report-apply-year">${t('reports.apply')}</button></div>` : ''}
            ${chosen.filters.includes('network') && this.networks?.length ? selectField({
                id: 'report-network', name: 'network', label: t('reports.network'), value: this.query.network ?? '',
                empty: t(everything ? 'dashboard.allNetworks' : 'dashboard.myNetworks'),
                options: this.networks.map((n) => ({ value: n.id, label: n.name })),
                onInput: (v) => go({ network: v || undefined }),
            }) : ''}
            ${chosen.filters.includes('period') ? html`
                ${textField({ id: 'report-from', name: 'from', type: 'date', label: t('reports.from'), hint: t('reports.fromHint'),
                    value: this.draft.from, onInput: (v) => { this.draft = { ...this.draft, from: v }; } })}
                ${textField({ id: 'report-to', name: 'to', type: 'date', label: t('reports.to'), hint: t('reports.toHint'),
                    value: this.draft.to, onInput: (v) => { this.draft = { ...this.draft, to: v }; } })}
                <div class="filters__actions"><button class="button" type="submit" data-testid="report-apply">${t('reports.apply')}</button></div>` : ''}
        </form>`;
    }

    renderReport(chosen) {
        const r = this.report;
        const query = this.filters(chosen);
        return html`
            <p class="report__downloads" data-testid="report-downloads">
                ${r.tables.map((table) => html`<a class="button button--secondary" data-testid="download-csv-${table.key}"
                    href="${downloadUrl(chosen, query, 'csv', r.tables.length > 1 ? table.key : undefined)}"
                    download>${r.tables.length > 1 ? t('reports.downloadCsvTable', { table: table.title }) : t('reports.downloadCsv')}</a>`)}
                <a class="button button--secondary" data-testid="download-xlsx" href="${downloadUrl(chosen, query, 'xlsx')}"
                   download>${t('reports.downloadXlsx')}</a>
            </p>
            ${reportView(r)}`;
    }
}

customElements.define('vp-reports-page', ReportsPage);
