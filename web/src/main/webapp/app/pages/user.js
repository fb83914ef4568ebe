/**
 * One user account: its facts, a form to change name, e-mail, active and scope (sent with the version read, If-Match:
 * when somebody else saved in between, the API refuses with 412 and the page says so, keeping what was typed), and a
 * form to set a new initial password (which also lifts a lock).
 */
import { Page, html } from '../page.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { choiceGroup, textField, violationText } from '../ui.js';
import {
    errorsOf, loadMunicipalities, loadNetworks, problemAlert, roleName, scopeBodyOf, scopeFields, scopeFormOf,
    scopeText, statusBadges, summaryOf,
} from './user-form.js';

const FIELDS = ['displayName', 'email', 'active', 'networkIds', 'municipalityNis', 'organisationId'];

class UserPage extends Page {
    static properties = {
        ...Page.properties,
        user: { state: true },
        networks: { state: true },
        municipalities: { state: true },
        form: { state: true },
        errors: { state: true },
        problem: { state: true },
        saving: { state: true },
        saved: { state: true },
        password: { state: true },
        passwordErrors: { state: true },
        passwordProblem: { state: true },
        passwordSaved: { state: true },
    };

    constructor() {
        super();
        this.networks = null;
        this.reset();
    }

    reset() {
        this.user = null;
        this.etag = null;
        this.form = null;
        this.municipalities = [];
        this.errors = new Map();
        this.problem = null;
        this.saving = false;
        this.saved = false;
        this.password = '';
        this.passwordErrors = new Map();
        this.passwordProblem = null;
        this.passwordSaved = false;
    }

    willUpdate(changed) {
        if (changed.has('params') && this.user && String(this.user.id) !== this.params.id) {
            this.reset();
        }
        super.willUpdate(changed);
    }

    async load() {
        const [{ data, etag }, networks] = await Promise.all([
            api.getVersioned(`users/${encodeURIComponent(this.params.id)}`),
            this.networks ?? loadNetworks(),
        ]);
        const keepInput = this.form !== null;
        let municipalityNetwork = this.form?.municipalityNetwork ?? '';
        let municipalities = this.municipalities;
        if (!keepInput && data.municipalityNis) {
            // The municipality list of the officer's own network, so that the select shows where it stands.
            municipalityNetwork = (await api.get(`municipalities/${data.municipalityNis}`)).network.id;
            municipalities = await loadMunicipalities(municipalityNetwork);
        }
        return () => {
            this.networks = networks;
            this.municipalities = municipalities;
            this.show(data, etag, { keepInput });
            if (!keepInput) this.form = { ...this.form, municipalityNetwork };
        };
    }

    show(user, etag, { keepInput }) {
        this.user = user;
        this.etag = etag;
        if (!keepInput) {
            this.form = formOf(user);
        }
    }

    pageTitle() {
        return this.user?.displayName ?? t('user.title');
    }

    input(field, value) {
        this.form = { ...this.form, [field]: value };
        this.saved = false;
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
        this.saved = false;
        const f = this.form;
        try {
            const { data, etag } = await api.put(`users/${this.user.id}`, {
                displayName: f.displayName, email: f.email, active: f.active === 'yes', ...scopeBodyOf(this.user.role, f),
            }, { ifMatch: this.etag });
            this.show(data, etag, { keepInput: false });
            this.form = { ...this.form, municipalityNetwork: f.municipalityNetwork };
            this.errors = new Map();
            this.problem = null;
            this.saved = true;
            await this.updateComplete;
            this.querySelector('[data-testid=saved]')?.focus();
        } catch (error) {
            this.errors = errorsOf(error);
            this.problem = error;
            await this.updateComplete;
            this.querySelector('#profile .error-summary, #profile [data-testid=problem], [data-testid=changed-meanwhile]')?.focus();
        } finally {
            this.saving = false;
        }
    }

    /** After a 412: the newest version and its ETag, the typed values kept, so the user decides again. */
    async reloadLatest() {
        const { data, etag } = await api.getVersioned(`users/${this.user.id}`);
        this.show(data, etag, { keepInput: true });
        this.problem = null;
        this.errors = new Map();
        await this.updateComplete;
        this.querySelector('#displayName')?.focus();
    }

    undo() {
        this.form = { ...formOf(this.user), municipalityNetwork: this.form.municipalityNetwork };
        this.errors = new Map();
        this.problem = null;
        this.saved = false;
    }

    async resetPassword(event) {
        event.preventDefault();
        this.passwordSaved = false;
        try {
            const { data, etag } = await api.put(`users/${this.user.id}/password`, { password: this.password });
            // The account's version moved on: take it over, but keep what is being typed in the other form.
            this.show(data, etag, { keepInput: true });
            this.password = '';
            this.passwordErrors = new Map();
            this.passwordProblem = null;
            this.passwordSaved = true;
        } catch (error) {
            this.passwordErrors = errorsOf(error);
            this.passwordProblem = error;
        }
        await this.updateComplete;
        this.querySelector('#password-reset [role=alert], #password-reset [data-testid=password-saved]')?.focus();
    }

    render() {
        if (this.failure) {
            return html`${this.renderBreadcrumb()}<div class="page-header"><h1 tabindex="-1">${t('user.title')}</h1></div>${this.renderFailure()}`;
        }
        if (!this.user) {
            return this.renderLoading();
        }
        const u = this.user;
        return html`
            ${this.renderBreadcrumb()}
            <div class="page-header">
                <h1 tabindex="-1">${u.displayName}</h1>
                <p class="lead">${statusBadges(u)}</p>
            </div>
            ${this.query.created ? html`<div class="alert alert--success" role="status" data-testid="created">${t('user.created', { username: u.username })}</div>` : ''}
            <div class="columns">
                <div>
                    <section class="card" aria-labelledby="facts-title">
                        <h2 id="facts-title" class="card__title">${t('user.facts')}</h2>
                        <dl class="facts" data-testid="facts">
                            <dt>${t('users.field.username')}</dt><dd class="mono">${u.username}</dd>
                            <dt>${t('users.field.role')}</dt><dd data-testid="role">${roleName(u.role)}</dd>
                            <dt>${t('users.column.scope')}</dt><dd data-testid="scope">${scopeText(u, this.networks)}</dd>
                            <dt>${t('users.field.email')}</dt><dd data-testid="email">${u.email ?? '—'}</dd>
                        </dl>
                    </section>
                    ${this.renderPasswordReset()}
                </div>
                ${this.renderProfile()}
            </div>`;
    }

    renderBreadcrumb() {
        return html`<nav class="breadcrumb" aria-label="${t('breadcrumb.label')}">
            <ol><li><a href="#/users">${t('nav.users')}</a></li>
                <li aria-current="page">${this.user?.username ?? this.params.id}</li></ol>
        </nav>`;
    }

    renderProfile() {
        const f = this.form;
        const error = (field) => this.errors.get(field)?.map(violationText).join(' ');
        const label = (field) => t(`users.field.${field}`);
        return html`<section class="card" id="profile" aria-labelledby="profile-title">
            <h2 id="profile-title" class="card__title">${t('user.edit')}</h2>
            ${this.renderProblem(label)}
            ${this.saved ? html`<div class="alert alert--success" role="status" tabindex="-1" data-testid="saved">${t('user.saved')}</div>` : ''}
            <form class="form" novalidate @submit=${(e) => this.save(e)}>
                ${textField({ id: 'displayName', name: 'displayName', label: label('displayName'), required: true,
                    value: f.displayName, error: error('displayName'), onInput: (v) => this.input('displayName', v) })}
                ${textField({ id: 'email', name: 'email', label: label('email'), type: 'email', value: f.email,
                    error: error('email'), onInput: (v) => this.input('email', v) })}
                ${choiceGroup({
                    id: 'active', name: 'active', type: 'radio', inline: true, label: label('active'), value: f.active,
                    hint: t('users.hint.active'), error: error('active'),
                    options: [{ value: 'yes', label: t('common.yes') }, { value: 'no', label: t('common.no') }],
                    onInput: (v) => this.input('active', v),
                })}
                ${scopeFields(this, this.user.role, error)}
                <div class="form__actions">
                    <button class="button button--primary" type="submit" ?disabled=${this.saving} data-testid="save">
                        ${this.saving ? t('common.saving') : t('common.save')}
                    </button>
                    <button class="button button--secondary" type="button" @click=${() => this.undo()}>${t('common.undo')}</button>
                </div>
            </form>
        </section>`;
    }

    renderProblem(label) {
        const p = this.problem;
        if (!p) return '';
        if (p.changedMeanwhile) {
            return html`<div class="alert alert--warning" role="alert" tabindex="-1" data-testid="changed-meanwhile">
                <h3 class="alert__title">${t('user.changedMeanwhile.title')}</h3>
                <p>${t('user.changedMeanwhile.text')}</p>
                <button type="button" class="button button--secondary" @click=${() => this.reloadLatest()}>${t('user.changedMeanwhile.reload')}</button>
            </div>`;
        }
        return this.errors.size ? summaryOf(this.errors, FIELDS, label) : problemAlert(p);
    }

    renderPasswordReset() {
        const error = this.passwordErrors.get('password')?.map(violationText).join(' ');
        const other = this.passwordProblem && !this.passwordErrors.size;
        return html`<section class="card" id="password-reset" aria-labelledby="password-reset-title">
            <h2 id="password-reset-title" class="card__title">${t('user.resetPassword')}</h2>
            <p class="muted">${t('user.resetPasswordExplanation')}</p>
            ${other ? problemAlert(this.passwordProblem) : ''}
            ${this.passwordSaved ? html`<div class="alert alert--success" role="status" tabindex="-1" data-testid="password-saved">${t('user.passwordReset')}</div>` : ''}
            <form class="form" novalidate @submit=${(e) => this.resetPassword(e)}>
                ${textField({ id: 'newInitialPassword', name: 'password', label: t('user.newInitialPassword'), required: true,
                    type: 'password', autocomplete: 'new-password', hint: t('users.hint.password'), value: this.password,
                    error, onInput: (v) => { this.password = v; this.passwordSaved = false; } })}
                <div class="form__actions">
                    <button class="button button--secondary" type="submit" data-testid="reset-password">${t('user.resetPasswordSubmit')}</button>
                </div>
            </form>
        </section>`;
    }
}

function formOf(user) {
    return {
        displayName: user.displayName ?? '',
        email: user.email ?? '',
        active: user.active ? 'yes' : 'no',
        ...scopeFormOf(user),
    };
}

customElements.define('vp-user-page', UserPage);
