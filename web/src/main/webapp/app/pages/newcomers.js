/**
 * The newcomers (inburgeraars) the signed-in user may see: the networks of a coordinator or counsellor, the
 * municipality of a local officer (the API narrows; a newcomer out of scope is never listed). Searched by name,
 * filtered by network and status (obliged or entitled), paged by the API.
 */
import { html } from '../page.js';
import { ListPage } from '../list-page.js';
import { api } from '../api.js';
import { formatDateTime } from '../format.js';
import { t } from '../i18n.js';
import { municipalityNames } from '../municipality-names.js';
import { selectField, sortHeader } from '../ui.js';
import { integrationStatusBadge } from '../badges.js';
import { filterNetworks } from '../choosers.js';
import { may } from '../permissions.js';

const PATH = '/newcomers';

class NewcomersPage extends ListPage {
    static properties = { ...ListPage.properties, networks: { state: true }, names: { state: true } };

    constructor() {
        super(PATH, 'name');
        this.networks = [];
        this.names = new Map();
    }

    apiQuery() {
        const q = this.query;
        return { q: q.q, network: q.network, integrationStatus: q.integrationStatus, ...this.pageQuery() };
    }

    async load() {
        const [result, networks, names] = await Promise.all([
            api.get('newcomers', this.apiQuery()),
            filterNetworks(this.networks),
            municipalityNames(),
        ]);
        return () => {
            this.result = result;
            this.networks = networks;
            this.names = names;
        };
    }

    pageTitle() {
        return t('newcomers.title');
    }

    render() {
        return this.renderListPage({ newRecord: may('manageNewcomers') ? 'new-newcomer' : null });
    }

    renderFilters() {
        const q = this.query;
        return html`<form class="card filters filters--offers" role="search" aria-label="${t('newcomers.filters')}"
                          @submit=${(e) => { e.preventDefault(); this.applySearch(); }}>
            ${this.searchField()}
            ${this.networks.length > 1 ? selectField({
                id: 'filter-network', name: 'network', label: t('newcomers.filter.network'), value: q.network ?? '',
                empty: t('newcomers.filter.allNetworks'), options: this.networks.map((n) => ({ value: n.id, label: n.name })),
                onInput: (v) => this.setFilter('network', v),
            }) : ''}
            ${selectField({
                id: 'filter-integrationStatus', name: 'integrationStatus', label: t('newcomers.filter.integrationStatus'),
                value: q.integrationStatus ?? '', empty: t('newcomers.filter.any'),
                options: ['obliged', 'entitled'].map((s) => ({ value: s, label: t(`integrationStatus.${s}`) })),
                onInput: (v) => this.setFilter('integrationStatus', v),
            })}
            <div class="filters__actions">
                <button class="button button--secondary" type="submit">${t('newcomers.filter.search')}</button>
                ${q.q || q.network || q.integrationStatus
                    ? html`<a class="button button--link" href="#${PATH}">${t('newcomers.filter.clear')}</a>` : ''}
            </div>
        </form>`;
    }


    renderTable(r) {
        const sort = this.currentSort();
        return html`<div class="card card--flush"><div class="table-wrap">
            <table class="table" data-testid="newcomers">
                <caption class="visually-hidden">${t('newcomers.caption')}</caption>
                <thead><tr>
                    ${sortHeader(sort, 'name', t('newcomers.column.name'), (f) => this.sortBy(f))}
                    <th scope="col">${t('newcomers.column.municipality')}</th>
                    <th scope="col">${t('newcomers.column.status')}</th>
                    <th scope="col">${t('newcomers.column.dutchLevel')}</th>
                    <th scope="col">${t('newcomers.column.referralChannel')}</th>
                    ${sortHeader(sort, 'created', t('newcomers.column.created'), (f) => this.sortBy(f))}
                </tr></thead>
                <tbody>
                    ${r.items.map((n) => html`<tr data-newcomer="${n.id}">
                        <th scope="row"><a href="#${PATH}/${n.id}">${n.firstName} ${n.lastName}</a></th>
                        <td>${this.names.get(n.municipalityNis) ?? n.municipalityNis}</td>
                        <td>${integrationStatusBadge(n.integrationStatus)}</td>
                        <td>${n.dutchLevel ? t(`dutchLevel.${n.dutchLevel}`) : '—'}</td>
                        <td>${t(`referralChannel.${n.referralChannel}`)}</td>
                        <td>${formatDateTime(n.createdAt)}</td>
                    </tr>`)}
                </tbody>
            </table>
        </div></div>`;
    }
}

customElements.define('vp-newcomers-page', NewcomersPage);
