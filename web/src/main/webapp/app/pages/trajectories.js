/**
 * The participation trajectories the signed-in user may see (the API narrows to the caller's networks, municipality
 * or organisation), with their progress towards the target; filtered by status, network, municipality and counsellor,
 * searched by the newcomer's name, sorted (by progress too) and paged by the API.
 */
import { html } from '../page.js';
import { ListPage } from '../list-page.js';
import { api } from '../api.js';
import { formatDate } from '../format.js';
import { t } from '../i18n.js';
import { municipalityNames } from '../municipality-names.js';
import { navigate } from '../router.js';
import { signedIn } from '../session.js';
import { selectField, sortHeader } from '../ui.js';
import { trajectoryStatusBadge } from '../badges.js';
import { filterNetworks, loadMunicipalities } from '../choosers.js';
import { progressBar } from '../progress.js';

const PATH = '/trajectories';
export const TRAJECTORY_STATUSES = Object.freeze(['intake', 'active', 'completed', 'stopped', 'exempted']);

class TrajectoriesPage extends ListPage {
    static properties = {
        ...ListPage.properties, networks: { state: true }, municipalities: { state: true }, names: { state: true },
    };

    constructor() {
        super(PATH, '-opened');
        this.networks = [];
        this.municipalities = [];
        this.names = new Map();
    }

    apiQuery() {
        const q = this.query;
        return {
            q: q.q, network: q.network, municipality: q.municipality, status: q.status, counsellor: q.counsellor,
            ...this.pageQuery(),
        };
    }

    async load() {
        const network = this.query.network;
        const [result, networks, names, municipalities] = await Promise.all([
            api.get('trajectories', this.apiQuery()),
            filterNetworks(this.networks),
            municipalityNames(),
            network ? loadMunicipalities(network) : [],
        ]);
        return () => {
            this.result = result;
            this.networks = networks;
            this.names = names;
            this.municipalities = municipalities;
        };
    }

    pageTitle() {
        return t('trajectories.title');
    }

    render() {
        return this.renderListPage({
            notice: this.query.referred
                ? html`<div class="alert alert--success" role="status" data-testid="referred">${t('trajectories.referred', { network: this.query.referred })}</div>`
                : '',
        });
    }

    renderFilters() {
        const q = this.query;
        return html`<form class="card filters filters--offers" role="search" aria-label="${t('trajectories.filters')}"
                          @submit=${(e) => { e.preventDefault(); this.applySearch(); }}>
            ${this.searchField()}
            ${selectField({
                id: 'filter-status', name: 'status', label: t('trajectories.filter.status'), value: q.status ?? '',
                empty: t('trajectories.filter.any'), options: TRAJECTORY_STATUSES.map((s) => ({ value: s, label: t(`trajectoryStatus.${s}`) })),
                onInput: (v) => this.setFilter('status', v),
            })}
            ${this.networks.length > 1 ? selectField({
                id: 'filter-network', name: 'network', label: t('trajectories.filter.network'), value: q.network ?? '',
                empty: t('trajectories.filter.allNetworks'), options: this.networks.map((n) => ({ value: n.id, label: n.name })),
                onInput: (v) => navigate(PATH, { ...this.query, network: v, municipality: undefined, page: undefined }),
            }) : ''}
            ${this.municipalities.length ? selectField({
                id: 'filter-municipality', name: 'municipality', label: t('trajectories.filter.municipality'), value: q.municipality ?? '',
                empty: t('trajectories.filter.any'), options: this.municipalities.map((m) => ({ value: m.nisCode, label: m.name })),
                onInput: (v) => this.setFilter('municipality', v),
            }) : ''}
            <div class="field" data-field="counsellor">
                <label class="field__label" for="filter-counsellor">${t('trajectories.filter.counsellor')}</label>
                <input class="input" id="filter-counsellor" name="counsellor" autocomplete="off" .value=${q.counsellor ?? ''}
                       @change=${(e) => this.setFilter('counsellor', e.target.value.trim() || undefined)}>
            </div>
            <div class="filters__actions">
                ${signedIn()?.role === 'counsellor' ? html`<button class="button button--secondary" type="button" data-testid="mine"
                        @click=${() => this.setFilter('counsellor', signedIn().username)}>${t('trajectories.filter.mine')}</button>` : ''}
                <button class="button button--secondary" type="submit">${t('trajectories.filter.search')}</button>
                ${q.q || q.network || q.status || q.municipality || q.counsellor
                    ? html`<a class="button button--link" href="#${PATH}">${t('trajectories.filter.clear')}</a>` : ''}
            </div>
        </form>`;
    }


    renderTable(r) {
        const sort = this.currentSort();
        return html`<div class="card card--flush"><div class="table-wrap">
            <table class="table" data-testid="trajectories">
                <caption class="visually-hidden">${t('trajectories.caption')}</caption>
                <thead><tr>
                    ${sortHeader(sort, 'name', t('trajectories.column.newcomer'), (f) => this.sortBy(f))}
                    <th scope="col">${t('trajectories.column.municipality')}</th>
                    ${sortHeader(sort, 'status', t('trajectories.column.status'), (f) => this.sortBy(f))}
                    ${sortHeader(sort, 'confirmedHours', t('trajectories.column.progress'), (f) => this.sortBy(f))}
                    <th scope="col">${t('trajectories.column.counsellor')}</th>
                    ${sortHeader(sort, 'deadline', t('trajectories.column.deadline'), (f) => this.sortBy(f))}
                    ${sortHeader(sort, 'opened', t('trajectories.column.opened'), (f) => this.sortBy(f))}
                </tr></thead>
                <tbody>
                    ${r.items.map((tr) => html`<tr data-trajectory="${tr.id}">
                        <th scope="row"><a href="#${PATH}/${tr.id}">${[tr.newcomerFirstName, tr.newcomerLastName].filter(Boolean).join(' ')}</a></th>
                        <td>${tr.municipalityNis ? this.names.get(tr.municipalityNis) ?? tr.municipalityNis : '—'}</td>
                        <td>${trajectoryStatusBadge(tr.status)}</td>
                        <td class="progress-col">${progressBar(tr)}</td>
                        <td>${tr.counsellor ?? '—'}</td>
                        <td>${formatDate(tr.deadline) || '—'}</td>
                        <td>${formatDate(tr.openedOn)}</td>
                    </tr>`)}
                </tbody>
            </table>
        </div></div>`;
    }
}

customElements.define('vp-trajectories-page', TrajectoriesPage);
