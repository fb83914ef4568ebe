/**
 * A new user account: username, name, e-mail, role, the scope the role needs and an initial password (which the user
 * must change at the first sign-in). The API checks everything; its violations show at the fields and nothing typed
 * is lost.
 */
import { html } from '../page.js';
import { FormPage } from '../form-page.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { breadcrumb, selectField, textField } from '../ui.js';
import { roleName, scopeBodyOf, scopeFields, scopeFormOf } from '../accounts.js';
import { grantableRoles } from '../permissions.js';
import { chooseMunicipalityNetwork, loadNetworks } from '../choosers.js';

const FIELDS = ['username', 'displayName', 'email', 'role', 'networkIds', 'municipalityNis', 'organisationId', 'password'];

class NewUserPage extends FormPage {
    static properties = { ...FormPage.properties, networks: { state: true }, municipalities: { state: true } };

    constructor() {
        super(FIELDS);
        this.networks = null;
        this.municipalities = [];
    }

    recordPath() {
        return null;
    }

    createPath() {
        return 'users';
    }

    formOf() {
        const roles = grantableRoles();
        return { username: '', displayName: '', email: '', role: roles.length === 1 ? roles[0] : '', password: '', ...scopeFormOf(null) };
    }

    bodyOf(f) {
        return {
            username: f.username.trim(), displayName: f.displayName, email: f.email, role: f.role || null,
            password: f.password, ...scopeBodyOf(f.role, f),
        };
    }

    created(user) {
        navigate(`/users/${user.id}`, { created: 1 });
    }

    async loadContext() {
        const networks = this.networks ?? await loadNetworks();
        return () => {
            this.networks = networks;
        };
    }

    pageTitle() {
        return t('newUser.title');
    }

    chooseMunicipalityNetwork(networkId) {
        return chooseMunicipalityNetwork(this, networkId);
    }

    render() {
        if (this.failure) {
            return html`<div class="page-header"><h1 tabindex="-1">${t('newUser.title')}</h1></div>${this.renderFailure()}`;
        }
        if (!this.networks || !this.form) {
            return this.renderLoading();
        }
        const f = this.form;
        const error = (field) => this.fieldError(field);
        const label = (field) => t(`users.field.${field}`);
        return html`
            ${breadcrumb('#/users', t('nav.users'), t('newUser.title'))}
            <div class="page-header">
                <h1 tabindex="-1">${t('newUser.title')}</h1>
                <p class="lead">${t('newUser.lead')}</p>
            </div>
            <section class="card" aria-labelledby="new-user-title">
                <h2 id="new-user-title" class="visually-hidden">${t('newUser.title')}</h2>
                ${this.renderSaveProblem(label)}
                <form class="form" novalidate @submit=${(e) => this.save(e)}>
                    <div class="form__row">
                        ${textField({ id: 'username', name: 'username', label: label('username'), required: true, value: f.username,
                            hint: t('users.hint.username'), error: error('username'), onInput: (v) => this.input('username', v) })}
                        ${textField({ id: 'displayName', name: 'displayName', label: label('displayName'), required: true,
                            value: f.displayName, error: error('displayName'), onInput: (v) => this.input('displayName', v) })}
                    </div>
                    ${textField({ id: 'email', name: 'email', label: label('email'), type: 'email', value: f.email,
                        error: error('email'), onInput: (v) => this.input('email', v) })}
                    ${selectField({
                        id: 'role', name: 'role', label: label('role'), required: true, value: f.role, error: error('role'),
                        empty: t('users.choose'), options: grantableRoles().map((r) => ({ value: r, label: roleName(r) })),
                        onInput: (v) => this.input('role', v),
                    })}
                    ${f.role ? scopeFields(this, f.role, error) : ''}
                    ${textField({ id: 'password', name: 'password', label: label('password'), required: true, type: 'password',
                        autocomplete: 'new-password', hint: t('users.hint.password'), value: f.password,
                        error: error('password'), onInput: (v) => this.input('password', v) })}
                    ${this.renderActions({ createLabel: t('newUser.create'), cancelHref: '#/users' })}
                </form>
            </section>`;
    }
}

customElements.define('vp-new-user-page', NewUserPage);
