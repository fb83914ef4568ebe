/**
 * One user account: its facts, a form to change name, e-mail, active and scope (sent with the version read, If-Match:
 * when somebody else saved in between, the API refuses with 412 and the page says so, keeping what was typed), and a
 * form to set a new initial password (which also lifts a lock).
 */
import { html } from '../page.js';
import { FormPage, errorsOf, problemAlert } from '../form-page.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { breadcrumb, choiceGroup, textField, violationText } from '../ui.js';
import { roleName, scopeBodyOf, scopeFields, scopeFormOf, scopeText } from '../accounts.js';
import { userStatusBadges } from '../badges.js';
import { chooseMunicipalityNetwork, loadMunicipalities, loadNetworks } from '../choosers.js';
import { signedIn } from '../session.js';

const FIELDS = ['displayName', 'email', 'active', 'networkIds', 'municipalityNis', 'organisationId'];

class UserPage extends FormPage {
    static properties = {
        ...FormPage.properties,
        networks: { state: true },
        municipalities: { state: true },
        password: { state: true },
        passwordErrors: { state: true },
        passwordProblem: { state: true },
        passwordSaved: { state: true },
    };

    constructor() {
        super(FIELDS);
        this.networks = null;
    }

    reset() {
        super.reset();
        this.municipalities = [];
        this.password = '';
        this.passwordErrors = new Map();
        this.passwordProblem = null;
        this.passwordSaved = false;
    }

    recordPath() {
        return `users/${encodeURIComponent(this.params.id)}`;
    }

    async loadContext() {
        const networks = this.networks ?? await loadNetworks();
        return () => {
            this.networks = networks;
        };
    }

    show(user, etag, { keepInput }) {
        super.show(user, etag, { keepInput });
        if (!keepInput && user.municipalityNis) {
            this.showOfficersNetwork(user.municipalityNis);
        }
    }

    /** The municipality list of a local officer's own network, so that the select shows where the officer stands. */
    async showOfficersNetwork(nisCode) {
        const networkId = (await api.get(`municipalities/${nisCode}`)).network.id;
        const municipalities = await loadMunicipalities(networkId);
        if (this.form.municipalityNis === nisCode && !this.form.municipalityNetwork) {
            this.municipalities = municipalities;
            this.form = { ...this.form, municipalityNetwork: networkId };
        }
    }

    formOf(user) {
        return {
            displayName: user.displayName ?? '',
            email: user.email ?? '',
            active: user.active ? 'yes' : 'no',
            ...scopeFormOf(user),
        };
    }

    bodyOf(f) {
        return { displayName: f.displayName, email: f.email, active: f.active === 'yes', ...scopeBodyOf(this.record.role, f) };
    }

    pageTitle() {
        return this.record?.displayName ?? t('user.title');
    }

    chooseMunicipalityNetwork(networkId) {
        return chooseMunicipalityNetwork(this, networkId);
    }

    async resetPassword(event) {
        event.preventDefault();
        this.passwordSaved = false;
        try {
            const { data, etag } = await api.put(`users/${this.record.id}/password`, { password: this.password });
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
        if (!this.record) {
            return this.renderLoading();
        }
        const u = this.record;
        return html`
            ${this.renderBreadcrumb()}
            <div class="page-header">
                <h1 tabindex="-1">${u.displayName}</h1>
                <p class="lead">${userStatusBadges(u)}</p>
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
        return breadcrumb('#/users', t('nav.users'), this.record?.username ?? this.params.id);
    }

    renderProfile() {
        const f = this.form;
        const error = (field) => this.fieldError(field);
        const label = (field) => t(`users.field.${field}`);
        return html`<section class="card" id="profile" aria-labelledby="profile-title">
            <h2 id="profile-title" class="card__title">${t('user.edit')}</h2>
            ${this.renderSaveProblem(label)}
            ${this.renderSaved(t('user.saved'))}
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
                ${scopeFields(this, this.record.role, error)}
                ${this.renderActions()}
            </form>
        </section>`;
    }

    renderPasswordReset() {
        if (this.record.username === signedIn()?.username) {
            // One's own password is changed with the current one (the API refuses a reset of one's own).
            return html`<section class="card" id="password-reset" aria-labelledby="password-reset-title">
                <h2 id="password-reset-title" class="card__title">${t('session.changePassword')}</h2>
                <p class="muted">${t('user.ownPasswordExplanation')}</p>
                <p><a href="#/password" data-testid="change-own-password">${t('session.changePassword')}</a></p>
            </section>`;
        }
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

customElements.define('vp-user-page', UserPage);
