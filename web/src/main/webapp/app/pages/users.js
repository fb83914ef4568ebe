/**
 * The user accounts the signed-in user manages (the API narrows: an administrator sees all, a network coordinator
 * the local officers of its networks), paged, searched and sorted by the API. Search, sort and page live in the
 * address.
 */
import { html } from '../page.js';
import { ListPage } from '../list-page.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { sortHeader } from '../ui.js';
import { roleName, scopeText } from '../accounts.js';
import { userStatusBadges } from '../badges.js';
import { loadNetworks } from '../choosers.js';
import { signedIn } from '../session.js';

const PATH = '/users';

class UsersPage extends ListPage {
    static properties = { ...ListPage.properties, networks: { state: true } };

    constructor() {
        super(PATH, 'username');
        this.networks = null;
    }

    apiQuery() {
        return { q: this.query.q, ...this.pageQuery() };
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

    render() {
        // Administrators give access to who signed in through the identity provider without an account.
        const pending = signedIn()?.role === 'administrator'
            ? html`<p><a href="#/pending-sign-ins" data-testid="pending-sign-ins">${t('users.pendingLink')}</a></p>` : '';
        return this.renderListPage({ newRecord: 'new-user', notice: pending });
    }

    renderFilters() {
        return html`<form class="card filters filters--one" role="search" aria-label="${t('users.filters')}"
                          @submit=${(e) => { e.preventDefault(); this.applySearch(); }}>
            ${this.searchField()}
            <div class="filters__actions">
                <button class="button button--secondary" type="submit">${t('users.filter.search')}</button>
            </div>
        </form>`;
    }


    renderTable(r) {
        return html`<div class="card card--flush"><div class="table-wrap">
            <table class="table" data-testid="users">
                <caption class="visually-hidden">${t('users.caption')}</caption>
                <thead><tr>
                    ${sortHeader(this.currentSort(), 'username', t('users.column.username'), (f) => this.sortBy(f))}
                    ${sortHeader(this.currentSort(), 'displayName', t('users.column.displayName'), (f) => this.sortBy(f))}
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
                        <td>${userStatusBadges(u)}</td>
                    </tr>`)}
                </tbody>
            </table>
        </div></div>`;
    }
}

customElements.define('vp-users-page', UsersPage);
