/**
 * The partner organisations, paged, searched, filtered and sorted by the API (name search folds case and accents).
 * Filters, sort and page live in the address. Those who may register organisations (administrators, coordinators,
 * local officers) get the button to add one; the API decides in which municipalities.
 */
import { html } from '../page.js';
import { ListPage } from '../list-page.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { ORGANISATION_KINDS } from '../reference.js';
import { selectField, sortHeader } from '../ui.js';
import { activeBadge } from '../badges.js';
import { kindName } from '../names.js';
import { may } from '../permissions.js';

const PATH = '/organisations';

class OrganisationsPage extends ListPage {
    static properties = { ...ListPage.properties, networks: { state: true } };

    constructor() {
        super(PATH, 'name');
        this.networks = [];
    }

    apiQuery() {
        const q = this.query;
        return { q: q.q, network: q.network, kind: q.kind, active: q.active, ...this.pageQuery() };
    }

    async load() {
        const [result, networks] = await Promise.all([
            api.get('organisations', this.apiQuery()),
            this.networks.length ? this.networks : api.get('networks', { size: 50, sort: 'name' }).then((p) => p.items),
        ]);
        return () => {
            this.result = result;
            this.networks = networks;
        };
    }

    pageTitle() {
        return t('organisations.title');
    }

    render() {
        return this.renderListPage({ newRecord: may('registerOrganisations') ? 'new-organisation' : null });
    }

    renderFilters() {
        const q = this.query;
        return html`<form class="card filters filters--four" role="search" aria-label="${t('organisations.filters')}"
                          @submit=${(e) => { e.preventDefault(); this.applySearch(); }}>
            ${this.searchField()}
            ${selectField({
                id: 'filter-network', name: 'network', label: t('organisations.filter.network'), value: q.network ?? '',
                empty: t('organisations.filter.allNetworks'), options: this.networks.map((n) => ({ value: n.id, label: n.name })),
                onInput: (v) => this.setFilter('network', v),
            })}
            ${selectField({
                id: 'filter-kind', name: 'kind', label: t('organisations.filter.kind'), value: q.kind ?? '',
                empty: t('organisations.filter.allKinds'), options: ORGANISATION_KINDS.map((k) => ({ value: k, label: kindName(k) })),
                onInput: (v) => this.setFilter('kind', v),
            })}
            ${selectField({
                id: 'filter-active', name: 'active', label: t('organisations.filter.active'), value: q.active ?? '',
                empty: t('organisations.filter.activeAny'),
                options: [{ value: 'true', label: t('organisations.active') }, { value: 'false', label: t('organisations.inactive') }],
                onInput: (v) => this.setFilter('active', v),
            })}
            <div class="filters__actions">
                <button class="button button--secondary" type="submit">${t('organisations.filter.search')}</button>
                ${q.q || q.network || q.kind || q.active
                    ? html`<a class="button button--link" href="#${PATH}">${t('organisations.filter.clear')}</a>` : ''}
            </div>
        </form>`;
    }


    renderTable(r) {
        const sort = this.currentSort();
        return html`<div class="card card--flush"><div class="table-wrap">
            <table class="table" data-testid="organisations">
                <caption class="visually-hidden">${t('organisations.caption')}</caption>
                <thead><tr>
                    ${sortHeader(sort, 'name', t('organisations.column.name'), (f) => this.sortBy(f))}
                    <th scope="col">${t('organisations.column.kind')}</th>
                    ${sortHeader(sort, 'municipality', t('organisations.column.municipality'), (f) => this.sortBy(f))}
                    <th scope="col">${t('organisations.column.network')}</th>
                    <th scope="col">${t('organisations.column.status')}</th>
                </tr></thead>
                <tbody>
                    ${r.items.map((o) => html`<tr data-organisation="${o.id}">
                        <th scope="row"><a href="#${PATH}/${o.id}">${o.name}</a></th>
                        <td>${kindName(o.kind)}</td>
                        <td>${o.municipalityName}</td>
                        <td>${o.networkName}</td>
                        <td>${activeBadge(o.active)}</td>
                    </tr>`)}
                </tbody>
            </table>
        </div></div>`;
    }
}

customElements.define('vp-organisations-page', OrganisationsPage);
