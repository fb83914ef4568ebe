/**
 * A new user account: username, name, e-mail, role, the scope the role needs and an initial password (which the user
 * must change at the first sign-in). The API checks everything; its violations show at the fields and nothing typed
 * is lost.
 */
import { Page, html } from '../page.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { selectField, textField, violationText } from '../ui.js';
import {
    errorsOf, grantableRoles, loadMunicipalities, loadNetworks, problemAlert, roleName, scopeBodyOf, scopeFields,
    scopeFormOf, summaryOf,
} from './user-form.js';

const FIELDS = ['username', 'displayName', 'email', 'role', 'networkIds', 'municipalityNis', 'organisationId', 'password'];

class NewUserPage extends Page {
    static properties = {
        ...Page.properties,
        networks: { state: true },
        municipalities: { state: true },
        form: { state: true },
        errors: { state: true },
        problem: { state: true },
        saving: { state: true },
    };

    constructor() {
        super();
        this.networks = null;
        this.municipalities = [];
        const roles = grantableRoles();
        this.form = { username: '', displayName: '', email: '', role: roles.length === 1 ? roles[0] : '', password: '', ...scopeFormOf(null) };
        this.errors = new Map();
        this.problem = null;
        this.saving = false;
    }

    async load() {
        const networks = this.networks ?? await loadNetworks();
        return () => {
            this.networks = networks;
        };
    }

    pageTitle() {
        return t('newUser.title');
    }

    input(field, value) {
        this.form = { ...this.form, [field]: value };
    }

    async chooseMunicipalityNetwork(networkId) {
        this.input('municipalityNetwork', networkId);
        const municipalities = await loadMunicipalities(networkId);
        if (this.form.municipalityNetwork === networkId) {
            this.municipalities = municipalities;
            if (!municipalities.some((m) => m.nisCode === this.form.municipalityNis)) {
                this.input('municipalityNis', '');
            }
        }
    }

    async save(event) {
        event.preventDefault();
        if (this.saving) return;
        this.saving = true;
        const f = this.form;
        try {
            const { data } = await api.post('users', {
                username: f.username.trim(), displayName: f.displayName, email: f.email, role: f.role || null,
                password: f.password, ...scopeBodyOf(f.role, f),
            });
            navigate(`/users/${data.id}`, { created: 1 });
        } catch (error) {
            this.errors = errorsOf(error);
            this.problem = error;
            await this.updateComplete;
            this.querySelector('.error-summary, [data-testid=problem]')?.focus();
        } finally {
            this.saving = false;
        }
    }

    render() {
        if (this.failure) {
            return html`<div class="page-header"><h1 tabindex="-1">${t('newUser.title')}</h1></div>${this.renderFailure()}`;
        }
        if (!this.networks) {
            return this.renderLoading();
        }
        const f = this.form;
        const error = (field) => this.errors.get(field)?.map(violationText).join(' ');
        const label = (field) => t(`users.field.${field}`);
        return html`
            <nav class="breadcrumb" aria-label="${t('breadcrumb.label')}">
                <ol><li><a href="#/users">${t('nav.users')}</a></li><li aria-current="page">${t('newUser.title')}</li></ol>
            </nav>
            <div class="page-header">
                <h1 tabindex="-1">${t('newUser.title')}</h1>
                <p class="lead">${t('newUser.lead')}</p>
            </div>
            <section class="card" aria-labelledby="new-user-title">
                <h2 id="new-user-title" class="visually-hidden">${t('newUser.title')}</h2>
                ${this.problem ? (this.errors.size ? summaryOf(this.errors, FIELDS, label) : problemAlert(this.problem)) : ''}
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
                    <div class="form__actions">
                        <button class="button button--primary" type="submit" ?disabled=${this.saving} data-testid="create">
                            ${this.saving ? t('common.saving') : t('newUser.create')}
                        </button>
                        <a class="button button--secondary" href="#/users">${t('common.cancel')}</a>
                    </div>
                </form>
            </section>`;
    }
}

customElements.define('vp-new-user-page', NewUserPage);
