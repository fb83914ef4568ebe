/**
 * The people who signed in through the identity provider (OpenID Connect) without an account here: administrators
 * only, newest attempt first, paged. Each can be given access (a role and scope, on the next page) or dismissed.
 */
import { html } from '../page.js';
import { ListPage } from '../list-page.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { formatDateTime } from '../format.js';
import { badge, breadcrumb } from '../ui.js';

const PATH = '/pending-sign-ins';

class PendingSignInsPage extends ListPage {
    static properties = { ...ListPage.properties, actionError: { state: true } };

    constructor() {
        super(PATH, 'lastSeen');
        this.actionError = null;
    }

    async load() {
        const { page, size } = this.pageQuery();
        const result = await api.get('pending-sign-ins', { page, size });
        return () => {
            this.result = result;
        };
    }

    pageTitle() {
        return t('pending-sign-ins.title');
    }

    async dismiss(entry) {
        if (!window.confirm(t('pending-sign-ins.confirmDismiss', { name: entry.displayName ?? entry.email ?? '' }))) return;
        this.actionError = null;
        try {
            await api.delete(`pending-sign-ins/${entry.id}`);
            await this.refresh();
        } catch (error) {
            this.actionError = error;
        }
    }

    render() {
        return html`${breadcrumb('#/users', t('nav.users'), t('pending-sign-ins.title'))}
            ${this.actionError ? html`<div class="alert alert--error" role="alert"><p>${this.actionError.detail || this.actionError.title}</p></div>` : ''}
            ${this.renderListPage()}`;
    }

    renderFilters() {
        return '';
    }

    renderTable(r) {
        return html`<div class="card card--flush"><div class="table-wrap">
            <table class="table" data-testid="pending">
                <caption class="visually-hidden">${t('pending-sign-ins.caption')}</caption>
                <thead><tr>
                    <th scope="col">${t('pending-sign-ins.column.name')}</th>
                    <th scope="col">${t('pending-sign-ins.column.email')}</th>
                    <th scope="col">${t('pending-sign-ins.column.firstSeen')}</th>
                    <th scope="col">${t('pending-sign-ins.column.lastSeen')}</th>
                    <th scope="col">${t('pending-sign-ins.column.actions')}</th>
                </tr></thead>
                <tbody>
                    ${r.items.map((p) => html`<tr data-name="${p.displayName ?? ''}">
                        <th scope="row">${p.displayName ?? t('pending-sign-ins.noName')}</th>
                        <td>${p.email ?? ''} ${p.email && !p.emailVerified ? badge(t('pending-sign-ins.unverified'), 'warning') : ''}</td>
                        <td>${formatDateTime(p.firstSeen)}</td>
                        <td>${formatDateTime(p.lastSeen)}</td>
                        <td><a class="button button--secondary" href="#${PATH}/${p.id}">${t('pending-sign-ins.give')}</a>
                            <button class="button button--secondary" type="button" data-testid="dismiss"
                                    @click=${() => this.dismiss(p)}>${t('pending-sign-ins.dismiss')}</button></td>
                    </tr>`)}
                </tbody>
            </table>
        </div></div>`;
    }
}

customElements.define('vp-pending-sign-ins-page', PendingSignInsPage);
