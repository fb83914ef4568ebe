/**
 * The 304 municipalities, paged, filtered and sorted by the API. Filters, sort and page live in the address, so a
 * filtered list can be bookmarked, shared and reached with the back button.
 */
import { html } from '../page.js';
import { ListPage } from '../list-page.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { PROVINCES } from '../reference.js';
import { href } from '../router.js';
import { selectField, sortHeader } from '../ui.js';
import { membershipBadge } from '../badges.js';
import { provinceName } from '../names.js';

const PATH = '/municipalities';

class MunicipalitiesPage extends ListPage {
    static properties = { ...ListPage.properties, networks: { state: true } };

    constructor() {
        super(PATH, 'name');
        this.networks = [];
    }

    /** The query as the API wants it. */
    apiQuery() {
        const q = this.query;
        return { network: q.network, province: q.province, q: q.q, ...this.pageQuery() };
    }

    async load() {
        const [result, networks] = await Promise.all([
            api.get('municipalities', this.apiQuery()),
            this.networks.length ? this.networks : api.get('networks', { size: 50, sort: 'name' }).then((p) => p.items),
        ]);
        return () => {
            this.result = result;
            this.networks = networks;
        };
    }

    pageTitle() {
        return t('municipalities.title');
    }

    render() {
        return this.renderListPage();
    }

    renderFilters() {
        return html`<form class="card filters" role="search" aria-label="${t('municipalities.filters')}"
                          @submit=${(e) => { e.preventDefault(); this.applySearch(); }}>
            ${this.searchField({ label: 'municipalities.filter.name', placeholder: 'municipalities.filter.namePlaceholder' })}
            ${selectField({
                id: 'filter-network', name: 'network', label: t('municipalities.filter.network'), value: this.query.network ?? '',
                empty: t('municipalities.filter.allNetworks'), options: this.networks.map((n) => ({ value: n.id, label: n.name })),
                onInput: (v) => this.setFilter('network', v),
            })}
            ${selectField({
                id: 'filter-province', name: 'province', label: t('municipalities.filter.province'), value: this.query.province ?? '',
                empty: t('municipalities.filter.allProvinces'), options: PROVINCES.map((p) => ({ value: p, label: t(`province.${p}`) })),
                onInput: (v) => this.setFilter('province', v),
            })}
            <div class="filters__actions">
                <button class="button button--secondary" type="submit">${t('municipalities.filter.search')}</button>
                ${this.hasFilters() ? html`<a class="button button--link" href="#${PATH}">${t('municipalities.filter.clear')}</a>` : ''}
            </div>
        </form>`;
    }

    hasFilters() {
        return Boolean(this.query.q || this.query.network || this.query.province);
    }


    renderTable(r) {
        return html`<div class="card card--flush"><div class="table-wrap">
            <table class="table" data-testid="municipalities">
                <caption class="visually-hidden">${t('municipalities.caption')}</caption>
                <thead><tr>
                    ${sortHeader(this.currentSort(), 'name', t('municipalities.column.name'), (f) => this.sortBy(f))}
                    ${sortHeader(this.currentSort(), 'nisCode', t('municipalities.column.nisCode'), (f) => this.sortBy(f))}
                    <th scope="col">${t('municipalities.column.province')}</th>
                    <th scope="col">${t('municipalities.column.network')}</th>
                    <th scope="col">${t('municipalities.column.membership')}</th>
                </tr></thead>
                <tbody>
                    ${r.items.map((m) => html`<tr data-nis="${m.nisCode}">
                        <th scope="row"><a href="#${PATH}/${m.nisCode}">${m.name}</a></th>
                        <td class="mono">${m.nisCode}</td>
                        <td>${provinceName(m)}</td>
                        <td><a class="quiet-link" href="${href(PATH, { network: m.network.id })}">${m.network.name}</a></td>
                        <td>${membershipBadge(m.membership)}</td>
                    </tr>`)}
                </tbody>
            </table>
        </div></div>`;
    }
}

customElements.define('vp-municipalities-page', MunicipalitiesPage);
