/**
 * The mail outbox, for administrators: every mail the application wrote, newest first, filtered by status and kind,
 * paged by the API, with its attempts, next attempt, last error and when it was sent — never its content. Filters,
 * sort and page live in the address.
 */
import { html } from '../page.js';
import { ListPage } from '../list-page.js';
import { api } from '../api.js';
import { formatDateTime } from '../format.js';
import { t } from '../i18n.js';
import { badge, selectField, sortHeader } from '../ui.js';

const PATH = '/mails';
const STATUSES = ['queued', 'sending', 'sent', 'failed', 'not-configured'];
const TONES = { queued: 'info', sending: 'info', sent: 'success', failed: 'warning', 'not-configured': 'neutral' };

class MailsPage extends ListPage {
    static properties = { ...ListPage.properties, kind: { state: true } };

    constructor() {
        super(PATH, '-created');
        this.kind = '';
    }

    willUpdate(changed) {
        if (changed.has('query')) {
            this.kind = this.query.kind ?? '';
        }
        super.willUpdate(changed);
    }

    apiQuery() {
        return { status: this.query.status, kind: this.query.kind, ...this.pageQuery() };
    }

    async load() {
        const result = await api.get('mails', this.apiQuery());
        return () => {
            this.result = result;
        };
    }

    pageTitle() {
        return t('mails.title');
    }

    render() {
        return this.renderListPage();
    }

    renderFilters() {
        return html`<form class="card filters filters--two" role="search" aria-label="${t('mails.filters')}"
                          @submit=${(e) => { e.preventDefault(); this.setFilter('kind', this.kind.trim() || undefined); }}>
            ${selectField({
                id: 'filter-status', name: 'status', label: t('mails.filter.status'), value: this.query.status ?? '',
                empty: t('mails.filter.allStatuses'),
                options: STATUSES.map((s) => ({ value: s, label: t(`mails.status.${s}`) })),
                onInput: (v) => this.setFilter('status', v || undefined),
            })}
            <div class="field" data-field="kind">
                <label class="field__label" for="filter-kind">${t('mails.filter.kind')}</label>
                <input class="input" id="filter-kind" name="kind" type="search" autocomplete="off" .value=${this.kind}
                       placeholder="confirmation-link" @input=${(e) => { this.kind = e.target.value; }}>
            </div>
            <div class="filters__actions">
                <button class="button button--secondary" type="submit" data-testid="filter">${t('mails.filter.apply')}</button>
            </div>
        </form>`;
    }

    renderTable(r) {
        return html`<div class="card card--flush"><div class="table-wrap">
            <table class="table" data-testid="mails">
                <caption class="visually-hidden">${t('mails.caption')}</caption>
                <thead><tr>
                    ${sortHeader(this.currentSort(), 'created', t('mails.column.created'), (f) => this.sortBy(f))}
                    <th scope="col">${t('mails.column.kind')}</th>
                    <th scope="col">${t('mails.column.recipient')}</th>
                    <th scope="col">${t('mails.column.status')}</th>
                    <th scope="col">${t('mails.column.attempts')}</th>
                    <th scope="col">${t('mails.column.when')}</th>
                    <th scope="col">${t('mails.column.lastError')}</th>
                </tr></thead>
                <tbody>
                    ${r.items.map((m) => html`<tr data-mail="${m.id}" data-status="${m.status}">
                        <td class="mono">${formatDateTime(m.createdAt)}</td>
                        <td><span class="mono">${m.kind}</span><br><small>${m.reference}</small></td>
                        <td>${m.recipient}</td>
                        <td>${badge(t(`mails.status.${m.status}`), TONES[m.status] ?? 'neutral')}</td>
                        <td>${m.attempts}</td>
                        <td>${m.sentAt ? t('mails.sentAt', { at: formatDateTime(m.sentAt) })
                            : m.nextAttemptAt && (m.status === 'queued') ? t('mails.nextAttemptAt', { at: formatDateTime(m.nextAttemptAt) })
                            : ''}</td>
                        <td>${m.lastError ?? ''}</td>
                    </tr>`)}
                </tbody>
            </table>
        </div></div>`;
    }
}

customElements.define('vp-mails-page', MailsPage);
