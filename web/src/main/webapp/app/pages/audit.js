/**
 * The audit log, for administrators: the changes of personal data (who, when, what changed) and the reads of one
 * person's record (who opened which), each paged by the API, newest first, of one kind of record (users, buddies,
 * newcomers, trajectories). Tab, filters and page live in the address.
 */
import { Page, html } from '../page.js';
import { api } from '../api.js';
import { formatDateTime, formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { href, navigate } from '../router.js';
import { pager } from '../ui.js';
import { roleName } from '../accounts.js';

const PATH = '/audit';
const SIZE = 20;
const TABS = ['changes', 'reads'];
/** The kinds of record whose changes the API keeps (GET /audit/changes?kind=); reads may be of any kind. */
const KINDS = ['user', 'buddy', 'newcomer', 'trajectory'];
/** Where the page of one record of a kind lives. */
const RECORD_PAGES = { user: '/users/', buddy: '/buddies/', newcomer: '/newcomers/', trajectory: '/trajectories/' };

class AuditPage extends Page {
    static properties = { ...Page.properties, result: { state: true }, filter: { state: true } };

    constructor() {
        super();
        this.result = null;
        this.filter = { by: '', id: '', kind: '' };
    }

    tab() {
        return TABS.includes(this.query.tab) ? this.query.tab : 'changes';
    }

    /** The kind of record: one of KINDS for changes (users by default), any or none for reads. */
    kind() {
        const kind = KINDS.includes(this.query.kind) ? this.query.kind : undefined;
        return this.tab() === 'changes' ? kind ?? 'user' : kind;
    }

    willUpdate(changed) {
        if (changed.has('query')) {
            this.filter = { by: this.query.by ?? '', id: this.query.id ?? '', kind: this.query.kind ?? '' };
        }
        super.willUpdate(changed);
    }

    async load() {
        const tab = this.tab();
        const page = Math.max(0, (Number(this.query.page) || 1) - 1);
        const result = tab === 'reads'
            ? await api.get('audit/reads', { kind: this.kind(), by: this.query.by, id: this.query.id, page, size: SIZE })
            : await api.get('audit/changes', { kind: this.kind(), id: this.query.id, page, size: SIZE });
        return () => {
            this.result = { tab, ...result };
        };
    }

    pageTitle() {
        return t('audit.title');
    }

    applyFilter(event) {
        event.preventDefault();
        const by = this.tab() === 'reads' ? this.filter.by.trim() : undefined;
        navigate(PATH, { tab: this.query.tab, kind: this.filter.kind || undefined, by, id: this.filter.id.trim() });
    }

    goToPage(page) {
        navigate(PATH, { ...this.query, page: page > 1 ? page : undefined });
    }

    render() {
        const tab = this.tab();
        return html`
            <div class="page-header">
                <h1 tabindex="-1">${t('audit.title')}</h1>
                <p class="lead">${t('audit.lead')}</p>
            </div>
            <nav class="tabs" aria-label="${t('audit.tabs')}">
                ${TABS.map((name) => html`<a class="tabs__tab" href="${href(PATH, { tab: name === 'changes' ? undefined : name })}"
                        data-tab="${name}" aria-current="${name === tab ? 'page' : 'false'}">${t(`audit.tab.${name}`)}</a>`)}
            </nav>
            ${this.renderFilters(tab)}
            ${this.failure ? this.renderFailure()
                : this.result && this.result.tab === tab ? this.renderResults(this.result) : this.renderLoading()}`;
    }

    renderFilters(tab) {
        return html`<form class="card filters ${tab === 'reads' ? 'filters--three' : 'filters--two'}" role="search"
                          aria-label="${t('audit.filters')}" @submit=${(e) => this.applyFilter(e)}>
            <div class="field">
                <label class="field__label" for="filter-kind">${t('audit.filter.kind')}</label>
                <select class="select" id="filter-kind" name="kind"
                        @change=${(e) => { this.filter = { ...this.filter, kind: e.target.value }; }}>
                    ${tab === 'reads' ? html`<option value="" ?selected=${!this.filter.kind}>${t('audit.filter.allKinds')}</option>` : ''}
                    ${KINDS.map((k) => html`<option value="${k}" ?selected=${(this.filter.kind || (tab === 'changes' ? 'user' : '')) === k}>${t(`audit.kind.${k}`)}</option>`)}
                </select>
            </div>
            ${tab === 'reads' ? html`<div class="field">
                <label class="field__label" for="filter-by">${t('audit.filter.by')}</label>
                <input class="input" id="filter-by" name="by" type="search" autocomplete="off" .value=${this.filter.by}
                       @input=${(e) => { this.filter = { ...this.filter, by: e.target.value }; }}>
            </div>` : ''}
            <div class="field">
                <label class="field__label" for="filter-id">${t('audit.filter.id')}</label>
                <input class="input" id="filter-id" name="id" type="search" autocomplete="off" inputmode="numeric"
                       .value=${this.filter.id} @input=${(e) => { this.filter = { ...this.filter, id: e.target.value }; }}>
            </div>
            <div class="filters__actions">
                <button class="button button--secondary" type="submit" data-testid="filter">${t('audit.filter.apply')}</button>
                ${this.query.by || this.query.id || this.query.kind
                    ? html`<a class="button button--link" href="${href(PATH, { tab: this.query.tab })}">${t('audit.filter.clear')}</a>` : ''}
            </div>
        </form>`;
    }

    renderResults(r) {
        return html`
            <p class="results-bar__count" role="status" data-testid="result-count">
                ${t(`audit.found.${r.tab}`, { count: r.totalItems, formatted: formatNumber(r.totalItems) })}
            </p>
            ${r.items.length === 0 ? html`<div class="card empty"><p>${t('audit.none')}</p></div>`
                : r.tab === 'reads' ? this.renderReads(r) : this.renderChanges(r)}
            ${pager(r, (n) => this.goToPage(n))}`;
    }

    renderChanges(r) {
        return html`<div class="card card--flush"><div class="table-wrap">
            <table class="table" data-testid="changes">
                <caption class="visually-hidden">${t('audit.tab.changes')}</caption>
                <thead><tr>
                    <th scope="col">${t('audit.column.at')}</th>
                    <th scope="col">${t('audit.column.by')}</th>
                    <th scope="col">${t('audit.column.record')}</th>
                    <th scope="col">${t('audit.column.change')}</th>
                    <th scope="col">${t('audit.column.what')}</th>
                </tr></thead>
                <tbody>
                    ${r.items.map((e, i) => html`<tr data-revision="${e.revision}" data-subject="${e.subjectId}">
                        <td class="mono">${formatDateTime(e.at)}</td>
                        <td>${e.by}</td>
                        <td>${recordLink(e.subjectKind, e.subjectId, recordName(e))}</td>
                        <td>${t(`audit.change.${e.change}`)}</td>
                        <td>${this.renderWhat(e, previousOf(r.items, i))}</td>
                    </tr>`)}
                </tbody>
            </table>
        </div></div>`;
    }

    /**
     * What a change did: for a modification whose previous state is on this page, the fields that differ (old → new);
     * otherwise the audited fields as they stood after it.
     */
    renderWhat(entry, previous) {
        const fields = Object.keys(entry.state ?? {});
        const shown = previous && entry.change === 'MOD'
            ? fields.filter((f) => valueText(f, entry.state[f]) !== valueText(f, previous.state?.[f]))
            : fields.filter((f) => valueText(f, entry.state[f]) !== '—');
        if (!shown.length) return html`<span class="muted">${t('audit.noFieldChanged')}</span>`;
        return html`<ul class="change-list">
            ${shown.map((f) => html`<li data-field="${f}"><span class="change-list__field">${t(`audit.field.${f}`)}:</span>
                ${previous && entry.change === 'MOD' ? html`<span class="change-list__old">${valueText(f, previous.state?.[f])}</span> → ` : ''}
                <span>${valueText(f, entry.state[f])}</span></li>`)}
        </ul>`;
    }

    renderReads(r) {
        return html`<div class="card card--flush"><div class="table-wrap">
            <table class="table" data-testid="reads">
                <caption class="visually-hidden">${t('audit.tab.reads')}</caption>
                <thead><tr>
                    <th scope="col">${t('audit.column.at')}</th>
                    <th scope="col">${t('audit.column.reader')}</th>
                    <th scope="col">${t('audit.column.kind')}</th>
                    <th scope="col">${t('audit.column.record')}</th>
                </tr></thead>
                <tbody>
                    ${r.items.map((e) => html`<tr data-subject="${e.subjectId}" data-by="${e.by}">
                        <td class="mono">${formatDateTime(e.at)}</td>
                        <td>${e.by}</td>
                        <td>${t(`audit.kind.${e.subjectKind}`)}</td>
                        <td>${recordLink(e.subjectKind, e.subjectId, e.subjectId)}</td>
                    </tr>`)}
                </tbody>
            </table>
        </div></div>`;
    }
}

/** The entry before this one of the same record (the list is newest first, so further down the page). */
function previousOf(items, index) {
    return items.slice(index + 1).find((other) => other.subjectId === items[index].subjectId) ?? null;
}

/** A record's name as the change shows it: a user's username, a person's name, otherwise its id. */
function recordName(entry) {
    const s = entry.state ?? {};
    if (s.username) return s.username;
    if (s.firstName || s.lastName) return [s.firstName, s.lastName].filter(Boolean).join(' ');
    return entry.subjectId;
}

function recordLink(kind, id, text) {
    return RECORD_PAGES[kind] ? html`<a href="#${RECORD_PAGES[kind]}${id}">${text}</a>` : text;
}

function valueText(field, value) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return '—';
    if (field === 'role') return roleName(value);
    if (field === 'consents' && Array.isArray(value)) {
        return value.map((c) => `${t(`audit.consent.${c.purpose}`)}: ${c.granted ? t('common.yes') : t('common.no')}`)
            .join(', ');
    }
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    return Array.isArray(value) ? value.join(', ') : String(value);
}

customElements.define('vp-audit-page', AuditPage);
