/**
 * What every server-paged list page shares, on top of Page: its search box (applied after a short pause in typing,
 * without a history step per letter), filters, sort and page kept in the address (pages from 1 there, from 0 in the
 * API), and the callbacks of ui.js's resultsBar, sortHeader and pager. A subclass names its address and default sort.
 */
import { html } from 'lit';
import { Page } from './page.js';
import { formatNumber } from './format.js';
import { t } from './i18n.js';
import { downloadUrl } from './api.js';
import { navigate } from './router.js';
import { PAGE_SIZES, pager, resultsBar } from './ui.js';

const SEARCH_DELAY_MS = 300;

export class ListPage extends Page {
    static properties = { ...Page.properties, result: { state: true }, search: { state: true } };

    /** @param {string} path the list's address, e.g. '/users' @param {string} defaultSort e.g. 'username' */
    constructor(path, defaultSort) {
        super();
        this.path = path;
        this.defaultSort = defaultSort;
        this.search = '';
        this.searchTimer = null;
    }

    willUpdate(changed) {
        if (changed.has('query') && (this.query.q ?? '') !== this.pendingSearch) {
            this.search = this.query.q ?? ''; // the address changed from elsewhere (back button, a link)
        }
        super.willUpdate(changed);
    }

    /** The sort, page and size of the address as the API wants them. */
    pageQuery() {
        const q = this.query;
        return { sort: q.sort || this.defaultSort, page: Math.max(0, (Number(q.page) || 1) - 1), size: q.size || PAGE_SIZES[0] };
    }

    /** A new filter starts at the first page again. */
    setFilter(name, value, options) {
        navigate(this.path, { ...this.query, [name]: value, page: undefined }, options);
    }

    onSearchInput(value) {
        this.search = value;
        clearTimeout(this.searchTimer);
        this.searchTimer = setTimeout(() => this.applySearch(), SEARCH_DELAY_MS);
    }

    applySearch() {
        clearTimeout(this.searchTimer);
        this.pendingSearch = this.search.trim();
        // Typing refines one list: keep it out of the history, a step per letter would make the back button useless.
        this.setFilter('q', this.pendingSearch, { replace: true });
    }

    /** The sort in force, for sortHeader. */
    currentSort() {
        return this.query.sort || this.defaultSort;
    }

    sortBy(field) {
        const next = this.currentSort() === field ? `-${field}` : field;
        // Another order makes other pages: start again at the first.
        navigate(this.path, { ...this.query, sort: next === this.defaultSort ? undefined : next, page: undefined });
    }

    /**
     * The whole page: heading and lead (texts `<list>.title` and `<list>.lead`, the list being the path without its
     * slash), a link to a new record when `newRecord` names its test id (text `<list>.new`, address `<path>/new`),
     * an optional notice, the subclass's renderFilters(), and the results or why they are not there.
     */
    renderListPage({ newRecord = null, notice = '' } = {}) {
        const texts = this.path.slice(1);
        const heading = html`<h1 tabindex="-1">${t(`${texts}.title`)}</h1><p class="lead">${t(`${texts}.lead`)}</p>`;
        return html`
            ${newRecord ? html`<div class="page-header page-header--actions">
                <div>${heading}</div>
                <a class="button button--primary" href="#${this.path}/new" data-testid="${newRecord}">${t(`${texts}.new`)}</a>
            </div>` : html`<div class="page-header">${heading}</div>`}
            ${notice}
            ${this.renderFilters()}
            ${this.failure ? this.renderFailure() : this.result ? this.renderResults() : this.renderLoading()}`;
    }

    /**
     * The filters' free-text search, applied while typing: its label and placeholder are the texts `<list>.filter.q`
     * and `<list>.filter.qPlaceholder` unless others are named.
     */
    searchField({ label = `${this.path.slice(1)}.filter.q`, placeholder = `${this.path.slice(1)}.filter.qPlaceholder` } = {}) {
        return html`<div class="field" data-field="q">
            <label class="field__label" for="filter-q">${t(label)}</label>
            <input class="input" id="filter-q" name="q" type="search" autocomplete="off" .value=${this.search}
                   @input=${(e) => this.onSearchInput(e.target.value)} placeholder="${t(placeholder)}">
        </div>`;
    }

    /** The count and page size, the table of this page of results (or that none were found), and the pager. */
    renderResults() {
        const r = this.result;
        const texts = this.path.slice(1);
        return html`
            ${resultsBar({
                count: t(`${texts}.found`, { count: r.totalItems, formatted: formatNumber(r.totalItems) }),
                loading: this.loading, size: r.size, onSize: (v) => this.setFilter('size', v),
            })}
            ${r.items.length ? this.renderTable(r) : html`<div class="card empty"><p>${t(`${texts}.none`)}</p></div>`}
            ${pager(r, (n) => this.goToPage(n))}
            ${this.renderDownloads()}`;
    }

    /**
     * Links that download the whole list (up to 10,000 rows) with the filters and sort in force, as CSV and as Excel:
     * for every list page whose apiQuery() names the API's parameters (its API path is the page's path).
     */
    renderDownloads() {
        if (typeof this.apiQuery !== 'function') {
            return '';
        }
        const { page, size, ...filters } = this.apiQuery();
        const api = this.path.slice(1);
        return html`<p class="downloads" data-testid="downloads">
            <a class="button button--secondary" href="${downloadUrl(api, { ...filters, format: 'csv' })}" download
               data-testid="download-csv">${t('list.downloadCsv')}</a>
            <a class="button button--secondary" href="${downloadUrl(api, { ...filters, format: 'xlsx' })}" download
               data-testid="download-xlsx">${t('list.downloadXlsx')}</a>
            <span class="hint">${t('list.downloadHint')}</span>
        </p>`;
    }

    goToPage(page) {
        navigate(this.path, { ...this.query, page: page > 1 ? page : undefined });
    }
}
