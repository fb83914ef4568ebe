/**
 * The buddies (volunteers) the signed-in user may see: their networks for coordinators and counsellors, their
 * municipality for a local officer (the API narrows). Searched by name or reference, filtered by screening, training,
 * availability and how they registered (the self-registrations waiting for screening), paged by the API.
 */
import { html } from '../page.js';
import { ListPage } from '../list-page.js';
import { api } from '../api.js';
import { formatDateTime, formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { signedIn } from '../session.js';
import { selectField, sortHeader } from '../ui.js';
import { languagesText } from '../profile-fields.js';
import { buddyBadges } from '../badges.js';
import { may } from '../permissions.js';

const PATH = '/buddies';

class BuddiesPage extends ListPage {
    static properties = { ...ListPage.properties, networks: { state: true } };

    constructor() {
        super(PATH, 'name');
        this.networks = [];
    }

    apiQuery() {
        const q = this.query;
        return {
            q: q.q, network: q.network, screening: q.screening, available: q.available, registeredBy: q.registeredBy,
            ...this.pageQuery(),
        };
    }

    async load() {
        const [result, networks] = await Promise.all([
            api.get('buddies', this.apiQuery()),
            this.networks.length ? this.networks : api.get('networks', { size: 50, sort: 'name' }).then((p) => p.items),
        ]);
        const mine = signedIn()?.networkIds ?? [];
        return () => {
            this.result = result;
            this.networks = mine.length ? networks.filter((n) => mine.includes(n.id)) : networks;
        };
    }

    pageTitle() {
        return t('buddies.title');
    }

    render() {
        return this.renderListPage({ newRecord: may('manageBuddies') ? 'new-buddy' : null });
    }

    renderFilters() {
        const q = this.query;
        return html`<form class="card filters filters--offers" role="search" aria-label="${t('buddies.filters')}"
                          @submit=${(e) => { e.preventDefault(); this.applySearch(); }}>
            ${this.searchField()}
            ${selectField({
                id: 'filter-network', name: 'network', label: t('buddies.filter.network'), value: q.network ?? '',
                empty: t('buddies.filter.allNetworks'), options: this.networks.map((n) => ({ value: n.id, label: n.name })),
                onInput: (v) => this.setFilter('network', v),
            })}
            ${selectField({
                id: 'filter-screening', name: 'screening', label: t('buddies.filter.screening'), value: q.screening ?? '',
                empty: t('buddies.filter.any'), options: ['registered', 'screened', 'refused'].map((s) => ({ value: s, label: t(`screening.${s}`) })),
                onInput: (v) => this.setFilter('screening', v),
            })}
            ${selectField({
                id: 'filter-registeredBy', name: 'registeredBy', label: t('buddies.filter.registeredBy'), value: q.registeredBy ?? '',
                empty: t('buddies.filter.any'), options: ['coordinator', 'self'].map((s) => ({ value: s, label: t(`registeredBy.${s}`) })),
                onInput: (v) => this.setFilter('registeredBy', v),
            })}
            <div class="field field--check">
                <input type="checkbox" id="filter-available" name="available" .checked=${q.available === 'true'}
                       @change=${(e) => this.setFilter('available', e.target.checked ? 'true' : undefined)}>
                <label for="filter-available">${t('buddies.filter.available')}</label>
            </div>
            <div class="filters__actions">
                <button class="button button--secondary" type="submit">${t('buddies.filter.search')}</button>
                ${q.q || q.network || q.screening || q.available || q.registeredBy
                    ? html`<a class="button button--link" href="#${PATH}">${t('buddies.filter.clear')}</a>` : ''}
            </div>
        </form>`;
    }


    renderTable(r) {
        const sort = this.currentSort();
        return html`<div class="card card--flush"><div class="table-wrap">
            <table class="table" data-testid="buddies">
                <caption class="visually-hidden">${t('buddies.caption')}</caption>
                <thead><tr>
                    ${sortHeader(sort, 'name', t('buddies.column.name'), (f) => this.sortBy(f))}
                    <th scope="col">${t('buddies.column.municipality')}</th>
                    <th scope="col">${t('buddies.column.languages')}</th>
                    ${sortHeader(sort, 'freeDuos', t('buddies.column.duos'), (f) => this.sortBy(f))}
                    ${sortHeader(sort, 'registeredAt', t('buddies.column.registeredAt'), (f) => this.sortBy(f))}
                    <th scope="col">${t('buddies.column.status')}</th>
                </tr></thead>
                <tbody>
                    ${r.items.map((b) => html`<tr data-buddy="${b.id}">
                        <th scope="row"><a href="#${PATH}/${b.id}">${b.firstName} ${b.lastName}</a><br><span class="muted mono">${b.reference}</span></th>
                        <td>${b.municipalityName ?? b.municipalityNis}</td>
                        <td>${languagesText(b.languages)}</td>
                        <td>${t('buddies.duos', { running: formatNumber(b.duosTaken), capacity: formatNumber(b.capacity) })}</td>
                        <td>${formatDateTime(b.registeredAt)}</td>
                        <td>${buddyBadges(b)}</td>
                    </tr>`)}
                </tbody>
            </table>
        </div></div>`;
    }
}

customElements.define('vp-buddies-page', BuddiesPage);
