/**
 * Changing one's own password: the current one, the new one twice. That the two new ones match is checked here, as a
 * convenience (the API never sees the repetition); the API checks the current password and the rules for the new one.
 * After signing in with a password an administrator set, the sign-in page leads here first (`next`: where to go on).
 */
import { Page, html } from '../page.js';
import { t } from '../i18n.js';
import { changeOwnPassword, signedIn } from '../session.js';
import { textField, violationText } from '../ui.js';
import { homeFor } from '../pages.js';
import { errorsOf, problemAlert, summaryOf } from '../form-page.js';

const FIELDS = ['currentPassword', 'newPassword', 'repeatPassword'];

class PasswordPage extends Page {
    static properties = {
        ...Page.properties,
        form: { state: true },
        errors: { state: true },
        problem: { state: true },
        saving: { state: true },
        done: { state: true },
    };

    constructor() {
        super();
        this.form = { currentPassword: '', newPassword: '', repeatPassword: '' };
        this.errors = new Map();
        this.problem = null;
        this.saving = false;
        this.done = false;
        this.mustChange = Boolean(signedIn()?.mustChangePassword);
    }

    pageTitle() {
        return t('password.title');
    }

    input(field, value) {
        this.form = { ...this.form, [field]: value };
    }

    async save(event) {
        event.preventDefault();
        if (this.saving) return;
        const f = this.form;
        if (f.newPassword !== f.repeatPassword) {
            this.errors = new Map([['repeatPassword', [{ field: 'repeatPassword', code: 'mismatch', message: t('password.mismatch') }]]]);
            this.problem = { local: true };
            await this.updateComplete;
            this.querySelector('.error-summary')?.focus();
            return;
        }
        this.saving = true;
        try {
            await changeOwnPassword(f.currentPassword, f.newPassword);
            this.form = { currentPassword: '', newPassword: '', repeatPassword: '' };
            this.errors = new Map();
            this.problem = null;
            this.done = true;
            await this.updateComplete;
            this.querySelector('[data-testid=password-changed]')?.focus();
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
        const next = this.query.next || homeFor(signedIn()?.role);
        if (this.done) {
            return html`<div class="page-header"><h1 tabindex="-1">${t('password.title')}</h1></div>
                <section class="card card--narrow">
                    <div class="alert alert--success" role="status" tabindex="-1" data-testid="password-changed">${t('password.changed')}</div>
                    <a class="button button--primary" href="#${next}" data-testid="continue">${t('password.continue')}</a>
                </section>`;
        }
        const f = this.form;
        const error = (field) => this.errors.get(field)?.map(violationText).join(' ');
        const label = (field) => t(`password.field.${field}`);
        return html`<div class="page-header">
                <h1 tabindex="-1">${t('password.title')}</h1>
                <p class="lead">${this.mustChange ? t('password.mustChange') : t('password.lead')}</p>
            </div>
            <section class="card card--narrow" aria-labelledby="password-title">
                <h2 id="password-title" class="visually-hidden">${t('password.title')}</h2>
                ${this.problem ? (this.errors.size ? summaryOf(this.errors, FIELDS, label) : problemAlert(this.problem)) : ''}
                <form class="form" novalidate @submit=${(e) => this.save(e)}>
                    ${textField({ id: 'currentPassword', name: 'currentPassword', label: label('currentPassword'), required: true,
                        type: 'password', autocomplete: 'current-password', value: f.currentPassword,
                        error: error('currentPassword'), onInput: (v) => this.input('currentPassword', v) })}
                    ${textField({ id: 'newPassword', name: 'newPassword', label: label('newPassword'), required: true,
                        type: 'password', autocomplete: 'new-password', hint: t('users.hint.password'), value: f.newPassword,
                        error: error('newPassword'), onInput: (v) => this.input('newPassword', v) })}
                    ${textField({ id: 'repeatPassword', name: 'repeatPassword', label: label('repeatPassword'), required: true,
                        type: 'password', autocomplete: 'new-password', value: f.repeatPassword,
                        error: error('repeatPassword'), onInput: (v) => this.input('repeatPassword', v) })}
                    <div class="form__actions">
                        <button class="button button--primary" type="submit" ?disabled=${this.saving} data-testid="change">
                            ${this.saving ? t('common.saving') : t('password.submit')}
                        </button>
                    </div>
                </form>
            </section>`;
    }
}

customElements.define('vp-password-page', PasswordPage);
