/**
 * Giving one person who signed in through the identity provider access: a new account with a username, role and the
 * scope the role needs, linked to that person (name and e-mail address as the provider gave them). The API checks
 * everything; its violations show at the fields.
 */
import { html } from '../page.js';
import { FormPage } from '../form-page.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { breadcrumb, selectField, textField } from '../ui.js';
import { ROLES, roleName, scopeBodyOf, scopeFields, scopeFormOf } from '../accounts.js';
import { chooseMunicipalityNetwork, loadNetworks } from '../choosers.js';

const FIELDS = ['username', 'displayName', 'role', 'networkIds', 'municipalityNis', 'organisationId'];

class PendingSignInPage extends FormPage {
    static properties = {
        ...FormPage.properties, networks: { state: true }, municipalities: { state: true }, pending: { state: true },
    };

    constructor() {
        super(FIELDS);
        this.networks = null;
        this.municipalities = [];
        this.pending = null;
    }

    recordPath() {
        return null;
    }

    createPath() {
        return `pending-sign-ins/${encodeURIComponent(this.params.id)}/access`;
    }

    formOf() {
        return { username: '', displayName: this.pending?.displayName ?? '', role: '', ...scopeFormOf(null) };
    }

    bodyOf(f) {
        return { username: f.username.trim(), displayName: f.displayName, role: f.role || null, ...scopeBodyOf(f.role, f) };
    }

    created(user) {
        navigate(`/users/${user.id}`, { created: 1 });
    }

    async loadContext() {
        const [networks, pending] = await Promise.all([
            this.networks ?? loadNetworks(),
            api.get(`pending-sign-ins/${encodeURIComponent(this.params.id)}`),
        ]);
        return () => {
            this.networks = networks;
            this.pending = pending;
            if (this.form && !this.form.displayName) {
                this.form = { ...this.form, displayName: pending.displayName ?? '' };
            }
        };
    }

    pageTitle() {
        return t('pending-sign-in.title');
    }

    chooseMunicipalityNetwork(networkId) {
        return chooseMunicipalityNetwork(this, networkId);
    }

    render() {
        if (this.failure) {
            return html`<div class="page-header"><h1 tabindex="-1">${t('pending-sign-in.title')}</h1></div>${this.renderFailure()}`;
        }
        if (!this.networks || !this.form || !this.pending) {
            return this.renderLoading();
        }
        const f = this.form;
        const p = this.pending;
        const error = (field) => this.fieldError(field);
        const label = (field) => t(`users.field.${field}`);
        return html`
            ${breadcrumb('#/pending-sign-ins', t('pending-sign-ins.title'), p.displayName ?? p.email ?? p.id)}
            <div class="page-header">
                <h1 tabindex="-1">${t('pending-sign-in.title')}</h1>
                <p class="lead">${t('pending-sign-in.lead', { email: p.email ?? '—' })}</p>
            </div>
            <section class="card" aria-labelledby="give-access-title">
                <h2 id="give-access-title" class="visually-hidden">${t('pending-sign-in.title')}</h2>
                ${this.renderSaveProblem(label)}
                <form class="form" novalidate @submit=${(e) => this.save(e)}>
                    <div class="form__row">
                        ${textField({ id: 'username', name: 'username', label: label('username'), required: true, value: f.username,
                            hint: t('users.hint.username'), error: error('username'), onInput: (v) => this.input('username', v) })}
                        ${textField({ id: 'displayName', name: 'displayName', label: label('displayName'), required: true,
                            value: f.displayName, error: error('displayName'), onInput: (v) => this.input('displayName', v) })}
                    </div>
                    ${selectField({
                        id: 'role', name: 'role', label: label('role'), required: true, value: f.role, error: error('role'),
                        empty: t('users.choose'), options: Object.keys(ROLES).map((r) => ({ value: r, label: roleName(r) })),
                        onInput: (v) => this.input('role', v),
                    })}
                    ${f.role ? scopeFields(this, f.role, error) : ''}
                    ${this.renderActions({ createLabel: t('pending-sign-in.create'), cancelHref: '#/pending-sign-ins' })}
                </form>
            </section>`;
    }
}

customElements.define('vp-pending-sign-in-page', PendingSignInPage);
