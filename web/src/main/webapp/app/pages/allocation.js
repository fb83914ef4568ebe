/**
 * One saved regional allocation (#/funding/allocations/:id, GET /funding/allocations/{id}): its terms, the whole
 * calculation per network with a bar chart, and its downloads as CSV and XLSX (the same figures).
 */
import { Page, html } from '../page.js';
import { api } from '../api.js';
import { formatDateTime } from '../format.js';
import { t } from '../i18n.js';
import { breadcrumb } from '../ui.js';
import { allocationTable, allocationTerms } from '../allocation-table.js';

class AllocationPage extends Page {
    static properties = { ...Page.properties, allocation: { state: true } };

    async load() {
        const allocation = await api.get(`funding/allocations/${encodeURIComponent(this.params.id)}`);
        return () => { this.allocation = allocation; };
    }

    pageTitle() {
        return this.allocation?.name ?? t('allocations.title');
    }

    render() {
        if (this.failure) {
            return this.renderFailure();
        }
        const a = this.allocation;
        if (!a) {
            return this.renderLoading();
        }
        const file = (format) => `api/v1/funding/allocations/${a.id}?format=${format}`;
        return html`
            ${breadcrumb('#/funding/allocations', t('allocations.title'), a.name)}
            <div class="page-header">
                <h1 tabindex="-1">${a.name}</h1>
                <p class="lead">${t('allocation.savedBy', { when: formatDateTime(a.createdAt), who: a.createdBy })}</p>
            </div>
            ${allocationTerms(a)}
            <p class="supply-demand__download">
                <a class="button button--secondary" href="${file('csv')}" download="allocation-${a.id}.csv" data-testid="download-csv">${t('allocation.downloadCsv')}</a>
                <a class="button button--secondary" href="${file('xlsx')}" download="allocation-${a.id}.xlsx" data-testid="download-xlsx">${t('allocation.downloadXlsx')}</a>
            </p>
            ${allocationTable(a)}`;
    }
}

customElements.define('vp-allocation-page', AllocationPage);
