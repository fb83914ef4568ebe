/**
 * The offer catalogue (aanbod): searched in Dutch by the API (stemming, accents: "fietsen" finds "fiets"), filtered by
 * network, trajectory type, the newcomer's Dutch level and free places, sorted and paged by the API. Filters, sort and
 * page live in the address. Published offers of every network are visible to every signed-in user; drafts only to
 * those who may manage them. A filter and a badge show the offers approved for the public finder ("publiek
 * zichtbaar").
 */
import { html } from '../page.js';
import { ListPage } from '../list-page.js';
import { api } from '../api.js';
import { loadTrajectoryTypes } from '../trajectory-types.js';
import { t } from '../i18n.js';
import { DUTCH_LEVELS, OFFER_STATUSES } from '../reference.js';
import { badge, selectField, sortHeader } from '../ui.js';
import { offerStatusBadge } from '../badges.js';
import { placesText } from '../offer-texts.js';
import { may } from '../permissions.js';

const PATH = '/offers';

class OffersPage extends ListPage {
    static properties = { ...ListPage.properties, networks: { state: true }, types: { state: true } };

    constructor() {
        super(PATH, 'title');
        this.networks = [];
        this.types = [];
    }

    apiQuery() {
        const q = this.query;
        return {
            q: q.q, network: q.network, type: q.type, level: q.level, freePlaces: q.freePlaces, status: q.status, approved: q.approved,
            ...this.pageQuery(),
        };
    }

    async load() {
        const [result, networks, types] = await Promise.all([
            api.get('offers', this.apiQuery()),
            this.networks.length ? this.networks : api.get('networks', { size: 50, sort: 'name' }).then((p) => p.items),
            this.types.length ? this.types : loadTrajectoryTypes(),
        ]);
        return () => {
            this.result = result;
            this.networks = networks;
            this.types = types;
        };
    }

    languageChanged() {
        this.types = []; // their names come from the API in the chosen language
        super.languageChanged();
    }

    pageTitle() {
        return t('offers.title');
    }

    render() {
        return this.renderListPage({ newRecord: may('publishOffers') ? 'new-offer' : null });
    }

    renderFilters() {
        const q = this.query;
        return html`<form class="card filters filters--offers" role="search" aria-label="${t('offers.filters')}"
                          @submit=${(e) => { e.preventDefault(); this.applySearch(); }}>
            ${this.searchField()}
            ${selectField({
                id: 'filter-network', name: 'network', label: t('offers.filter.network'), value: q.network ?? '',
                empty: t('offers.filter.allNetworks'), options: this.networks.map((n) => ({ value: n.id, label: n.name })),
                onInput: (v) => this.setFilter('network', v),
            })}
            ${selectField({
                id: 'filter-type', name: 'type', label: t('offers.filter.type'), value: q.type ?? '',
                empty: t('offers.filter.allTypes'), options: this.types.map((ty) => ({ value: ty.id, label: ty.label })),
                onInput: (v) => this.setFilter('type', v),
            })}
            ${selectField({
                id: 'filter-level', name: 'level', label: t('offers.filter.level'), value: q.level ?? '', hint: t('offers.filter.levelHint'),
                empty: t('offers.filter.anyLevel'), options: DUTCH_LEVELS.map((l) => ({ value: l, label: l })),
                onInput: (v) => this.setFilter('level', v),
            })}
            ${selectField({
                id: 'filter-status', name: 'status', label: t('offers.filter.status'), value: q.status ?? '',
                empty: t('offers.filter.anyStatus'), options: OFFER_STATUSES.map((s) => ({ value: s, label: t(`offerStatus.${s}`) })),
                onInput: (v) => this.setFilter('status', v),
            })}
            <div class="field field--check">
                <input type="checkbox" id="filter-free" name="freePlaces" .checked=${q.freePlaces === 'true'}
                       @change=${(e) => this.setFilter('freePlaces', e.target.checked ? 'true' : undefined)}>
                <label for="filter-free">${t('offers.filter.freePlaces')}</label>
            </div>
            <div class="field field--check">
                <input type="checkbox" id="filter-approved" name="approved" .checked=${q.approved === 'true'}
                       @change=${(e) => this.setFilter('approved', e.target.checked ? 'true' : undefined)}>
                <label for="filter-approved">${t('offer.publicFilter')}</label>
            </div>
            <div class="filters__actions">
                <button class="button button--secondary" type="submit">${t('offers.filter.search')}</button>
                ${q.q || q.network || q.type || q.level || q.status || q.freePlaces || q.approved
                    ? html`<a class="button button--link" href="#${PATH}">${t('offers.filter.clear')}</a>` : ''}
            </div>
        </form>`;
    }


    renderTable(r) {
        const sort = this.currentSort();
        return html`<div class="card card--flush"><div class="table-wrap">
            <table class="table" data-testid="offers">
                <caption class="visually-hidden">${t('offers.caption')}</caption>
                <thead><tr>
                    ${sortHeader(sort, 'title', t('offers.column.title'), (f) => this.sortBy(f))}
                    <th scope="col">${t('offers.column.type')}</th>
                    ${sortHeader(sort, 'municipality', t('offers.column.municipality'), (f) => this.sortBy(f))}
                    <th scope="col">${t('offers.column.level')}</th>
                    ${sortHeader(sort, 'freePlaces', t('offers.column.places'), (f) => this.sortBy(f))}
                    <th scope="col">${t('offers.column.status')}</th>
                </tr></thead>
                <tbody>
                    ${r.items.map((o) => html`<tr data-offer="${o.id}">
                        <th scope="row"><a href="#${PATH}/${o.id}">${o.title}</a><br><span class="muted">${o.organisationName}</span></th>
                        <td>${o.trajectoryTypeName}<br><span class="muted">${o.reportingCategoryName}</span></td>
                        <td>${o.municipalityName}<br><span class="muted">${o.networkName}</span></td>
                        <td>${o.requiredLevel}</td>
                        <td>${placesText(o)}</td>
                        <td>${offerStatusBadge(o)}${o.approval ? html` <span data-testid="public-badge">${badge(t('offer.publicBadge'), 'info')}</span>` : ''}</td>
                    </tr>`)}
                </tbody>
            </table>
        </div></div>`;
    }
}

customElements.define('vp-offers-page', OffersPage);
