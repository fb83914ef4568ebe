/**
 * The projects of the funding calls, filtered by call, status, network, trajectory type and name; paged and sorted by
 * the API. A coordinator sees the projects of their networks only (the API narrows the list).
 */
import { html } from '../page.js';
import { ListPage } from '../list-page.js';
import { api } from '../api.js';
import { loadTrajectoryTypes } from '../trajectory-types.js';
import { t } from '../i18n.js';
import { selectField, sortHeader } from '../ui.js';
import { filterNetworks } from '../choosers.js';
import { awardText, loadCalls } from '../funding.js';
import { may } from '../permissions.js';
import { projectStatusBadge } from '../badges.js';

const PATH = '/funding/projects';
export const PROJECT_STATUSES = Object.freeze(['submitted', 'selected', 'not-selected', 'running', 'extended', 'ended',
    'continued-without-subsidy']);

class FundingProjectsPage extends ListPage {
    static properties = { ...ListPage.properties, calls: { state: true }, networks: { state: true }, types: { state: true } };

    constructor() {
        super(PATH, 'name');
        this.calls = null;
        this.networks = [];
        this.types = [];
    }

    async load() {
        const q = this.query;
        const [result, calls, networks, types] = await Promise.all([
            api.get('funding/projects', { call: q.call, status: q.status, network: q.network, type: q.type, q: q.q, ...this.pageQuery() }),
            this.calls ?? loadCalls(),
            filterNetworks(this.networks),
            this.types.length ? this.types : loadTrajectoryTypes(),
        ]);
        return () => {
            this.result = result;
            this.calls = calls;
            this.networks = networks;
            this.types = types;
        };
    }

    pageTitle() {
        return t('funding/projects.title');
    }

    render() {
        return this.renderListPage({ newRecord: may('manageFunding') ? 'new-project' : null,
            notice: html`<p><a href="#/funding/calls" data-testid="calls-link">${t('funding/projects.calls')}</a></p>` });
    }

    renderFilters() {
        const q = this.query;
        return html`<form class="card filters filters--four" role="search" aria-label="${t('funding/projects.filters')}"
                          @submit=${(e) => { e.preventDefault(); this.applySearch(); }}>
            ${this.searchField()}
            ${selectField({ id: 'filter-call', name: 'call', label: t('funding/projects.filter.call'), value: q.call ?? '',
                empty: t('funding/projects.filter.allCalls'), options: (this.calls ?? []).map((c) => ({ value: String(c.id), label: c.reference })),
                onInput: (v) => this.setFilter('call', v) })}
            ${selectField({ id: 'filter-status', name: 'status', label: t('funding/projects.filter.status'), value: q.status ?? '',
                empty: t('funding/projects.filter.allStatuses'), options: PROJECT_STATUSES.map((s) => ({ value: s, label: t(`projectStatus.${s}`) })),
                onInput: (v) => this.setFilter('status', v) })}
            ${selectField({ id: 'filter-network', name: 'network', label: t('funding/projects.filter.network'), value: q.network ?? '',
                empty: t('funding/projects.filter.allNetworks'), options: this.networks.map((n) => ({ value: n.id, label: n.name })),
                onInput: (v) => this.setFilter('network', v) })}
            ${selectField({ id: 'filter-type', name: 'type', label: t('funding/projects.filter.type'), value: q.type ?? '',
                empty: t('funding/projects.filter.allTypes'), options: this.types.map((ty) => ({ value: ty.id, label: ty.label ?? ty.id })),
                onInput: (v) => this.setFilter('type', v) })}
            <div class="filters__actions">
                <button class="button button--secondary" type="submit">${t('funding/projects.filter.search')}</button>
                ${q.q || q.call || q.status || q.network || q.type
                    ? html`<a class="button button--link" href="#${PATH}">${t('funding/projects.filter.clear')}</a>` : ''}
            </div>
        </form>`;
    }

    renderTable(r) {
        const sort = this.currentSort();
        return html`<div class="card card--flush"><div class="table-wrap">
            <table class="table" data-testid="projects">
                <caption class="visually-hidden">${t('funding/projects.caption')}</caption>
                <thead><tr>
                    ${sortHeader(sort, 'name', t('funding/projects.column.name'), (f) => this.sortBy(f))}
                    ${sortHeader(sort, 'call', t('funding/projects.column.call'), (f) => this.sortBy(f))}
                    <th scope="col">${t('funding/projects.column.lead')}</th>
                    <th scope="col">${t('funding/projects.column.municipalities')}</th>
                    <th scope="col" class="num">${t('funding/projects.column.award')}</th>
                    ${sortHeader(sort, 'status', t('funding/projects.column.status'), (f) => this.sortBy(f))}
                </tr></thead>
                <tbody>
                    ${r.items.map((p) => html`<tr data-project="${p.id}">
                        <th scope="row"><a href="#${PATH}/${p.id}">${p.name}</a></th>
                        <td>${p.callReference}</td>
                        <td>${p.lead}</td>
                        <td>${p.municipalities.length ? p.municipalities.map((m) => m.name).join(', ') : p.networkId ?? '—'}</td>
                        <td class="num">${awardText(p)}</td>
                        <td>${projectStatusBadge(p.status)}</td>
                    </tr>`)}
                </tbody>
            </table>
        </div></div>`;
    }
}

customElements.define('vp-funding-projects-page', FundingProjectsPage);
