/**
 * The funding calls (oproepen, budget articles), searched by reference or name and filtered by kind; paged and sorted
 * by the API. Administrators register new ones; coordinators and viewers read them.
 */
import { html } from '../page.js';
import { ListPage } from '../list-page.js';
import { api } from '../api.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { selectField, sortHeader } from '../ui.js';
import { CALL_KINDS } from '../funding.js';
import { euro } from '../money.js';
import { may } from '../permissions.js';

const PATH = '/funding/calls';

class FundingCallsPage extends ListPage {
    constructor() {
        super(PATH, 'reference');
    }

    async load() {
        const q = this.query;
        const result = await api.get('funding/calls', { q: q.q, kind: q.kind, ...this.pageQuery() });
        return () => {
            this.result = result;
        };
    }

    pageTitle() {
        return t('funding/calls.title');
    }

    render() {
        return this.renderListPage({ newRecord: may('manageFunding') ? 'new-call' : null });
    }

    renderFilters() {
        const q = this.query;
        return html`<form class="card filters" role="search" aria-label="${t('funding/calls.filters')}"
                          @submit=${(e) => { e.preventDefault(); this.applySearch(); }}>
            ${this.searchField()}
            ${selectField({
                id: 'filter-kind', name: 'kind', label: t('funding/calls.filter.kind'), value: q.kind ?? '',
                empty: t('funding/calls.filter.allKinds'), options: CALL_KINDS.map((k) => ({ value: k, label: t(`callKind.${k}`) })),
                onInput: (v) => this.setFilter('kind', v),
            })}
            <div class="filters__actions">
                <button class="button button--secondary" type="submit">${t('funding/calls.filter.search')}</button>
            </div>
        </form>`;
    }

    renderTable(r) {
        const sort = this.currentSort();
        return html`<div class="card card--flush"><div class="table-wrap">
            <table class="table" data-testid="calls">
                <caption class="visually-hidden">${t('funding/calls.caption')}</caption>
                <thead><tr>
                    ${sortHeader(sort, 'reference', t('funding/calls.column.reference'), (f) => this.sortBy(f))}
                    ${sortHeader(sort, 'name', t('funding/calls.column.name'), (f) => this.sortBy(f))}
                    <th scope="col">${t('funding/calls.column.kind')}</th>
                    <th scope="col">${t('funding/calls.column.funders')}</th>
                    <th scope="col" class="num">${t('funding/calls.column.totalBudget')}</th>
                    <th scope="col" class="num">${t('funding/calls.column.maxPerProject')}</th>
                </tr></thead>
                <tbody>
                    ${r.items.map((c) => html`<tr data-call="${c.id}">
                        <th scope="row"><a href="#${PATH}/${c.id}">${c.reference}</a></th>
                        <td>${c.name}</td>
                        <td>${t(`callKind.${c.kind}`)}</td>
                        <td>${c.funders.map((f) => `${f.funder} ${formatNumber(f.sharePercent)} %`).join(', ')}</td>
                        <td class="num">${euro(c.totalBudget)}</td>
                        <td class="num">${euro(c.maxPerProject)}</td>
                    </tr>`)}
                </tbody>
            </table>
        </div></div>`;
    }
}

customElements.define('vp-funding-calls-page', FundingCallsPage);
