/**
 * The requests to take part that newcomers left on the public offer finder ("Ik wil meedoen"): those of the user's
 * networks (the API narrows; an organisation contact sees those shared with it), newest first, filtered by status,
 * searched by first name or reference. Each opens on its own page, where a counsellor takes it in.
 */
import { html } from '../page.js';
import { ListPage } from '../list-page.js';
import { api } from '../api.js';
import { formatDateTime } from '../format.js';
import { t } from '../i18n.js';
import { signedIn } from '../session.js';
import { selectField } from '../ui.js';
import { requestStatusBadge } from '../badges.js';

const PATH = '/requests';
const STATUSES = ['open', 'taken-in', 'declined'];

class RequestsPage extends ListPage {
    static properties = { ...ListPage.properties, networks: { state: true } };

    constructor() {
        super(PATH, '-createdAt');
        this.networks = [];
    }

    requestQuery() {
        const q = this.query;
        return { q: q.q, network: q.network, status: q.status ?? 'open', ...this.pageQuery() };
    }

    async load() {
        const query = this.requestQuery();
        const [result, networks] = await Promise.all([
            api.get('participation-requests', { ...query, status: query.status === 'all' ? undefined : query.status }),
            this.networks.length ? this.networks : api.get('networks', { size: 50, sort: 'name' }).then((p) => p.items),
        ]);
        const mine = signedIn()?.networkIds ?? [];
        return () => {
            this.result = result;
            this.networks = mine.length ? networks.filter((n) => mine.includes(n.id)) : networks;
        };
    }

    pageTitle() {
        return t('requests.title');
    }

    render() {
        return this.renderListPage();
    }

    renderFilters() {
        const q = this.query;
        return html`<form class="card filters" role="search" aria-label="${t('requests.filters')}"
                          @submit=${(e) => { e.preventDefault(); this.applySearch(); }}>
            ${this.searchField()}
            ${selectField({
                id: 'filter-status', name: 'status', label: t('requests.filter.status'), value: q.status ?? 'open',
                options: [...STATUSES.map((s) => ({ value: s, label: t(`requests.status.${s}`) })), { value: 'all', label: t('requests.filter.all') }],
                onInput: (v) => this.setFilter('status', v === 'open' ? undefined : v),
            })}
            ${this.networks.length > 1 ? selectField({
                id: 'filter-network', name: 'network', label: t('requests.filter.network'), value: q.network ?? '',
                empty: t('requests.filter.allNetworks'), options: this.networks.map((n) => ({ value: n.id, label: n.name })),
                onInput: (v) => this.setFilter('network', v),
            }) : ''}
            <div class="filters__actions">
                <button class="button button--secondary" type="submit">${t('requests.filter.search')}</button>
            </div>
        </form>`;
    }

    renderTable(r) {
        return html`<div class="card card--flush"><div class="table-wrap">
            <table class="table" data-testid="requests">
                <caption class="visually-hidden">${t('requests.caption')}</caption>
                <thead><tr>
                    <th scope="col">${t('requests.column.name')}</th>
                    <th scope="col">${t('requests.column.municipality')}</th>
                    <th scope="col">${t('requests.column.offer')}</th>
                    <th scope="col">${t('requests.column.received')}</th>
                    <th scope="col">${t('requests.column.status')}</th>
                </tr></thead>
                <tbody>
                    ${r.items.map((p) => html`<tr data-request="${p.id}">
                        <th scope="row"><a href="#${PATH}/${p.id}">${p.firstName}</a><br><span class="muted mono">${p.reference}</span></th>
                        <td>${p.municipalityName ?? p.municipalityNis}</td>
                        <td>${p.offerTitle ?? t('requests.noOffer')}</td>
                        <td>${formatDateTime(p.createdAt)}</td>
                        <td>${requestStatusBadge(p.status)}</td>
                    </tr>`)}
                </tbody>
            </table>
        </div></div>`;
    }
}

customElements.define('vp-requests-page', RequestsPage);
