/**
 * The worklist (GET /worklist): the open trajectories that need attention, each with its reasons as badges and their
 * detail — no hours for weeks, the deadline near, hours waiting for confirmation, no placement after two weeks, a new
 * buddy needed. A counsellor's home page: their own trajectories unless "alleen mijn trajecten" is switched off;
 * coordinators and administrators see all of their networks. Filtered by reason (and network), sorted most urgent
 * first, by name or deadline, and paged by the API.
 */
import { html } from '../page.js';
import { ListPage } from '../list-page.js';
import { api } from '../api.js';
import { formatDate, formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { municipalityNames } from '../municipality-names.js';
import { navigate } from '../router.js';
import { signedIn } from '../session.js';
import { badge, selectField, sortHeader } from '../ui.js';
import { trajectoryStatusBadge } from '../badges.js';
import { filterNetworks } from '../choosers.js';
import { hoursText } from '../progress.js';
import { WORKLIST_REASONS } from '../worklist-reasons.js';

const PATH = '/worklist';
const TONES = { 'no-hours': 'warning', 'deadline-near': 'warning', 'hours-waiting': 'info', 'intake-stalled': 'info', 'needs-rematch': 'neutral' };

/** Whether the list shows only the user's own trajectories when the address does not say: a counsellor's do. */
export function mineByDefault() {
    return signedIn()?.role === 'counsellor';
}

/** A reason's badge (the label in the chosen language) and its detail in words. */
export function reasonText(reason) {
    const d = reason.detail ?? {};
    switch (reason.code) {
        case 'no-hours':
            return d.lastHoursOn
                ? t('worklist.detail.noHours', { count: d.weeksSince, weeks: formatNumber(d.weeksSince), date: formatDate(d.lastHoursOn) })
                : t('worklist.detail.noHoursEver', { count: d.weeksSince, weeks: formatNumber(d.weeksSince), date: formatDate(d.since) });
        case 'deadline-near':
            return d.daysLeft < 0
                ? t('worklist.detail.deadlinePassed', { date: formatDate(d.deadline), count: -d.daysLeft, days: formatNumber(-d.daysLeft), hours: hoursText(d.hoursNeeded) })
                : t('worklist.detail.deadlineNear', { date: formatDate(d.deadline), count: d.daysLeft, days: formatNumber(d.daysLeft), hours: hoursText(d.hoursNeeded) });
        case 'hours-waiting':
            return t('worklist.detail.hoursWaiting', { count: d.entries, entries: formatNumber(d.entries), hours: hoursText(d.hours), date: formatDate(d.oldestReportedOn) });
        case 'intake-stalled':
            return t('worklist.detail.intakeStalled', { count: d.daysSinceOpened, days: formatNumber(d.daysSinceOpened), date: formatDate(d.openedOn) });
        case 'needs-rematch':
            return d.since ? t('worklist.detail.needsRematch', { date: formatDate(d.since) }) : t('worklist.detail.needsRematchUndated');
        default:
            return '';
    }
}

class WorklistPage extends ListPage {
    static properties = { ...ListPage.properties, networks: { state: true }, names: { state: true } };

    constructor() {
        super(PATH, 'urgency');
        this.networks = [];
        this.names = new Map();
    }

    /** "Alleen mijn trajecten" as the address says it, or the role's default. */
    mine() {
        return this.query.mine ? this.query.mine === 'true' : mineByDefault();
    }

    apiQuery() {
        const q = this.query;
        return { reason: q.reason, network: q.network, mine: String(this.mine()), ...this.pageQuery() };
    }

    async load() {
        const [result, networks, names, requests] = await Promise.all([
            api.get('worklist', this.apiQuery()),
            filterNetworks(this.networks),
            municipalityNames(),
            api.get('participation-requests/open-count').catch(() => null),
        ]);
        return () => {
            this.result = result;
            this.networks = networks;
            this.names = names;
            this.openRequests = requests?.open ?? 0;
        };
    }

    pageTitle() {
        return t('worklist.title');
    }

    render() {
        // The requests to take part that wait for a counsellor, as a way to their list.
        const notice = this.openRequests ? html`<p class="alert alert--info" data-testid="open-requests">
            <a href="#/requests">${t('requests.waiting', { count: this.openRequests, formatted: formatNumber(this.openRequests) })}</a></p>` : '';
        return this.renderListPage({ notice });
    }

    setMine(checked) {
        // the role's default stays out of the address
        this.setFilter('mine', checked === mineByDefault() ? undefined : String(checked));
    }

    renderFilters() {
        const q = this.query;
        return html`<form class="card filters filters--three" role="search" aria-label="${t('worklist.filters')}"
                          @submit=${(e) => e.preventDefault()}>
            ${selectField({
                id: 'filter-reason', name: 'reason', label: t('worklist.filter.reason'), value: q.reason ?? '',
                empty: t('worklist.filter.anyReason'), options: WORKLIST_REASONS.map((r) => ({ value: r, label: t(`worklist.reason.${r}`) })),
                onInput: (v) => this.setFilter('reason', v || undefined),
            })}
            ${this.networks.length > 1 ? selectField({
                id: 'filter-network', name: 'network', label: t('worklist.filter.network'), value: q.network ?? '',
                empty: t('worklist.filter.allNetworks'), options: this.networks.map((n) => ({ value: n.id, label: n.name })),
                onInput: (v) => navigate(PATH, { ...this.query, network: v || undefined, page: undefined }),
            }) : ''}
            <div class="field field--check">
                <input type="checkbox" id="filter-mine" name="mine" data-testid="mine" .checked=${this.mine()}
                       @change=${(e) => this.setMine(e.target.checked)}>
                <label for="filter-mine">${t('worklist.filter.mine')}</label>
            </div>
            <div class="filters__actions">
                ${q.reason || q.network || q.mine
                    ? html`<a class="button button--link" href="#${PATH}">${t('worklist.filter.clear')}</a>` : ''}
            </div>
        </form>`;
    }

    renderTable(r) {
        const sort = this.currentSort();
        return html`<div class="card card--flush"><div class="table-wrap">
            <table class="table" data-testid="worklist">
                <caption class="visually-hidden">${t('worklist.caption')}</caption>
                <thead><tr>
                    ${sortHeader(sort, 'name', t('worklist.column.newcomer'), (f) => this.sortBy(f))}
                    <th scope="col">${t('worklist.column.municipality')}</th>
                    <th scope="col">${t('worklist.column.status')}</th>
                    <th scope="col" class="num">${t('worklist.column.hours')}</th>
                    ${sortHeader(sort, 'deadline', t('worklist.column.deadline'), (f) => this.sortBy(f))}
                    <th scope="col">${t('worklist.column.counsellor')}</th>
                    ${sortHeader(sort, 'urgency', t('worklist.column.reasons'), (f) => this.sortBy(f))}
                </tr></thead>
                <tbody>
                    ${r.items.map((item) => html`<tr data-trajectory="${item.trajectoryId}">
                        <th scope="row"><a href="#/trajectories/${item.trajectoryId}">${[item.firstName, item.lastName].filter(Boolean).join(' ')}</a></th>
                        <td>${this.names.get(item.municipalityNis) ?? item.municipalityNis}</td>
                        <td>${trajectoryStatusBadge(item.status)}</td>
                        <td class="num worklist__hours">${t('worklist.hours', { confirmed: hoursText(item.confirmedHours), target: hoursText(item.targetHours) })}</td>
                        <td>${formatDate(item.deadline) || '—'}</td>
                        <td>${item.counsellor ?? '—'}</td>
                        <td><ul class="reasons">${item.reasons.map((reason) => html`<li class="reason" data-reason="${reason.code}">
                            ${badge(t(`worklist.reason.${reason.code}`), TONES[reason.code])}
                            <span class="reason__detail">${reasonText(reason)}</span>
                            ${reason.code === 'needs-rematch'
                                ? html`<a class="reason__link" href="#/matching/newcomers/${item.newcomerId}">${t('worklist.findBuddy')}</a>` : ''}
                        </li>`)}</ul></td>
                    </tr>`)}
                </tbody>
            </table>
        </div></div>`;
    }
}

customElements.define('vp-worklist-page', WorklistPage);
