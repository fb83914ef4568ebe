/**
 * The public form on which a volunteer registers as a buddy themselves, like mijnbuddy.be: no account, works on a
 * phone. Consent to matching is required; the other purposes are a free choice. The answer is a reference to quote,
 * nothing personal. The hidden 'website' field is a honeypot: people never see it, robots fill it in.
 */
import { html, nothing } from 'lit';
import { Page } from '../page.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { CONSENT_PURPOSES } from '../reference.js';
import { errorsOf, summaryOf, problemAlert } from '../form-page.js';
import { selectField, textField, violationText } from '../ui.js';
import {
    availabilityField, consentsField, interestsField, languagesField, languagesOf, profileFieldId,
} from '../profile-fields.js';

const FIELDS = ['firstName', 'lastName', 'email', 'phone', 'municipalityNis', 'languages', 'interests', 'availability',
    'capacity', 'consents'];

class BuddyRegistrationPage extends Page {
    static properties = {
        ...Page.properties, municipalities: { state: true }, form: { state: true }, errors: { state: true },
        problem: { state: true }, saving: { state: true }, receipt: { state: true },
    };

    constructor() {
        super();
        this.municipalities = null;
        this.form = {
            firstName: '', lastName: '', email: '', phone: '', municipalityNis: '', languages: '', interests: [],
            availability: [], capacity: '1', website: '', consents: Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, false])),
        };
        this.errors = new Map();
        this.problem = null;
        this.saving = false;
        this.receipt = null;
    }

    async load() {
        const municipalities = this.municipalities ?? await api.get('public/municipalities');
        return () => {
            this.municipalities = municipalities;
        };
    }

    pageTitle() {
        return t('buddyRegistration.title');
    }

    input(field, value) {
        this.form = { ...this.form, [field]: value };
    }

    async save(event) {
        event.preventDefault();
        if (this.saving) return;
        this.saving = true;
        const f = this.form;
        try {
            const { data } = await api.post('public/buddy-registrations', {
                firstName: f.firstName, lastName: f.lastName, email: f.email.trim() || null, phone: f.phone.trim() || null,
                municipalityNis: f.municipalityNis || null, languages: languagesOf(f.languages), interests: f.interests,
                availability: f.availability, capacity: Number(f.capacity), consents: f.consents, website: f.website,
            });
            this.receipt = data;
            this.errors = new Map();
            this.problem = null;
            await this.updateComplete;
            this.querySelector('[data-testid=receipt]')?.focus();
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
            return html`<div class="page-header"><h1 tabindex="-1">${t('buddyRegistration.title')}</h1></div>${this.renderFailure()}`;
        }
        if (this.receipt) {
            return html`<div class="page-header"><h1 tabindex="-1">${t('buddyRegistration.thanksTitle')}</h1></div>
                <div class="alert alert--success" role="status" tabindex="-1" data-testid="receipt">
                    <p>${this.receipt.message}</p>
                    <p>${t('buddyRegistration.reference')} <strong class="mono" data-testid="reference">${this.receipt.reference}</strong></p>
                </div>`;
        }
        if (!this.municipalities) return this.renderLoading();
        const f = this.form;
        const error = (field) => this.errors.get(field)?.map(violationText).join(' ');
        const label = (field) => (profileFieldId(field) ? t('profile.consents')
            : ['languages', 'interests', 'availability'].includes(field) ? t(`profile.${field}`) : t(`buddy.field.${field}`));
        return html`
            <div class="page-header narrow">
                <h1 tabindex="-1">${t('buddyRegistration.title')}</h1>
                <p class="lead">${t('buddyRegistration.lead')}</p>
            </div>
            <section class="card narrow" aria-label="${t('buddyRegistration.title')}">
                ${this.problem ? (this.errors.size ? summaryOf(this.errors, (field) => profileFieldId(field) ?? (FIELDS.includes(field) ? field : null), label) : problemAlert(this.problem)) : nothing}
                <form class="form" novalidate @submit=${(e) => this.save(e)}>
                    ${textField({ id: 'firstName', name: 'firstName', label: label('firstName'), required: true, value: f.firstName,
                        autocomplete: 'given-name', error: error('firstName'), onInput: (v) => this.input('firstName', v) })}
                    ${textField({ id: 'lastName', name: 'lastName', label: label('lastName'), required: true, value: f.lastName,
                        autocomplete: 'family-name', error: error('lastName'), onInput: (v) => this.input('lastName', v) })}
                    ${textField({ id: 'email', name: 'email', label: label('email'), required: true, type: 'email', value: f.email,
                        autocomplete: 'email', error: error('email'), onInput: (v) => this.input('email', v) })}
                    ${textField({ id: 'phone', name: 'phone', label: label('phone'), type: 'tel', value: f.phone,
                        autocomplete: 'tel', error: error('phone'), onInput: (v) => this.input('phone', v) })}
                    ${selectField({ id: 'municipalityNis', name: 'municipalityNis', label: t('buddyRegistration.municipality'), required: true,
                        value: f.municipalityNis, error: error('municipalityNis'), empty: t('users.choose'),
                        options: this.municipalities.map((m) => ({ value: m.nisCode, label: m.name })),
                        onInput: (v) => this.input('municipalityNis', v) })}
                    ${languagesField(this, error)}
                    ${interestsField(this, error)}
                    ${availabilityField(this, error)}
                    ${selectField({ id: 'capacity', name: 'capacity', label: t('buddyRegistration.capacity'), value: f.capacity,
                        error: error('capacity'), options: ['1', '2', '3', '4', '5'].map((n) => ({ value: n, label: n })),
                        onInput: (v) => this.input('capacity', v) })}
                    <div class="honeypot" aria-hidden="true">
                        <label for="website">Website</label>
                        <input id="website" name="website" tabindex="-1" autocomplete="off" .value=${f.website}
                               @input=${(e) => this.input('website', e.target.value)}>
                    </div>
                    ${consentsField(this, error)}
                    <p class="muted">${t('buddyRegistration.privacy')}</p>
                    <div class="form__actions">
                        <button class="button button--primary" type="submit" ?disabled=${this.saving} data-testid="register">
                            ${this.saving ? t('common.saving') : t('buddyRegistration.submit')}
                        </button>
                    </div>
                </form>
            </section>`;
    }
}

customElements.define('vp-buddy-registration-page', BuddyRegistrationPage);
