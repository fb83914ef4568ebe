/**
 * The user accounts the signed-in user manages (the API narrows: an administrator sees all, a network coordinator
 * the local officers of its networks), paged, searched and sorted by the API. Search, sort and page live in the
 * address.
 */
import { Page, html } from '../page.js';
import { api } from '../api.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { PAGE_SIZES, pager, resultsBar, sortHeader } from '../ui.js';
import { loadNetworks, roleName, scopeText, statusBadges } from './user-form.js';

const PATH = '/users';
const SEARCH_DELAY_MS = 300;

class UsersPage extends Page {
    static properties = { ...Page.properties, result: { state: true }, networks: { state: true }, search: { state: true } };

    constructor() {
        super();
        this.networks = null;
        this.search = '';
        this.searchTimer = null;
    }

    willUpdate(changed) {
        if (changed.has('query') && (this.query.q ?? '') !== this.pendingSearch) {
            this.search = this.query.q ?? '';
        }
        super.willUpdate(changed);
    }

    apiQuery() {
        const q = this.query;
        return { q: q.q, sort: q.sort || 'username', page: Math.max(0, (Number(q.page) || 1) - 1), size: q.size || PAGE_SIZES[0] };
    }

    async load() {
        const [result, networks] = await Promise.all([
            api.get('users', this.apiQuery()),
            this.networks ?? loadNetworks(),
        ]);
        return () => {
            this.result = result;
            this.networks = networks;
        };
    }

    pageTitle() {
        return t('users.title');
    }

    setFilter(name, value, options) {
        navigate(PATH, { ...this.query, [name]: value, page: undefined }, options);
    }

    onSearchInput(value) {
        this.search = value;
        clearTimeout(this.searchTimer);
        this.searchTimer = setTimeout(() => this.applySearch(), SEARCH_DELAY_MS);
    }

    applySearch() {
        clearTimeout(this.searchTimer);
        this.pendingSearch = this.search.trim();
        this.setFilter('q', this.pendingSearch, { replace: true });
    }

    sortBy(field) {
        const current = this.query.sort || 'username';
        const next = current === field ? `-${field}` : field;
        navigate(PATH, { ...this.query, sort: next === 'username' ? undefined : next, page: undefined });
    }

    goToPage(page) {
        navigate(PATH, { ...this.query, page: page > 1 ? page : undefined });
    }

    render() {
        return html`
            <div class="page-header page-header--actions">
                <div>
                    <h1 tabindex="-1">${t('users.title')}</h1>
                    <p class="lead">${t('users.lead')}</p>
                </div>
                <a class="button button--primary" href="#/users/new" data-testid="new-user">${t('users.new')}</a>
            </div>
            <form class="card filters filters--one" role="search" aria-label="${t('users.filters')}"
                  @submit=${(e) => { e.preventDefault(); this.applySearch(); }}>
                <div class="field" data-field="q">
                    <label class="field__label" for="filter-q">${t('users.filter.q')}</label>
                    <input class="input" id="filter-q" name="q" type="search" autocomplete="off" .value=${this.search}
                           @input=${(e) => this.onSearchInput(e.target.value)} placeholder="${t('users.filter.qPlaceholder')}">
                </div>
                <div class="filters__actions">
                    <button class="button button--secondary" type="submit">${t('users.filter.search')}</button>
                </div>
            </form>
            ${this.failure ? this.renderFailure() : this.result ? this.renderResults() : this.renderLoading()}`;
    }

    renderResults() {
        const r = this.result;
        return html`
            ${resultsBar({
                count: t('users.found', { count: r.totalItems, formatted: formatNumber(r.totalItems) }),
                loading: this.loading, size: r.size, onSize: (v) => this.setFilter('size', v),
            })}
            ${r.items.length ? this.renderTable(r) : html`<div class="card empty"><p>${t('users.none')}</p></div>`}
            ${pager(r, (n) => this.goToPage(n))}`;
    }

    renderTable(r) {
        return html`<div class="card card--flush"><div class="table-wrap">
            <table class="table" data-testid="users">
                <caption class="visually-hidden">${t('users.caption')}</caption>
                <thead><tr>
                    ${sortHeader(this.query.sort || 'username', 'username', t('users.column.username'), (f) => this.sortBy(f))}
                    ${sortHeader(this.query.sort || 'username', 'displayName', t('users.column.displayName'), (f) => this.sortBy(f))}
                    <th scope="col">${t('users.column.role')}</th>
                    <th scope="col">${t('users.column.scope')}</th>
                    <th scope="col">${t('users.column.status')}</th>
                </tr></thead>
                <tbody>
                    ${r.items.map((u) => html`<tr data-username="${u.username}">
                        <th scope="row"><a href="#${PATH}/${u.id}">${u.username}</a></th>
                        <td>${u.displayName}</td>
                        <td data-role="${u.role}">${roleName(u.role)}</td>
                        <td>${scopeText(u, this.networks ?? [])}</td>
                        <td>${statusBadges(u)}</td>
                    </tr>`)}
                </tbody>
            </table>
        </div></div>`;
    }
}

customElements.define('vp-users-page', UsersPage);
