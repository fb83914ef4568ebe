/**
 * One buddy, or a new one (#/buddies/new): the profile in the shared vocabulary (languages, interests, weekly
 * availability), screening and training, how many duos they take, and consent per purpose. Opening a buddy is logged
 * by the API (a read of personal data). Who may: the API decides; this page offers the form to coordinators,
 * counsellors and administrators, the export (right of access) to them too, and the erasure to administrators and
 * coordinators.
 */
import { html, nothing } from 'lit';
import { FormPage } from '../form-page.js';
import { api } from '../api.js';
import { formatDate, formatDateTime, formatNumber, wireDate } from '../format.js';
import { t } from '../i18n.js';
import { CONSENT_PURPOSES } from '../reference.js';
import { downloadExport, eraseAfterConfirmation } from '../personal-data.js';
import { navigate } from '../router.js';
import { signedIn } from '../session.js';
import { breadcrumb, choiceGroup, selectField, textField } from '../ui.js';
import {
    availabilityField, availabilityText, consentsField, interestsField, interestsText, languagesField, languagesOf,
    languagesText, profileFieldId,
} from '../profile-fields.js';
import { buddyBadges } from '../badges.js';
import { networkAndMunicipalityFields, showMunicipalities } from '../choosers.js';
import { may } from '../permissions.js';

const FIELDS = ['firstName', 'lastName', 'email', 'phone', 'municipalityNis', 'languages', 'interests', 'availability',
    'screening', 'training', 'trainedOn', 'capacity', 'status', 'consents'];

class BuddyPage extends FormPage {
    static properties = {
        ...FormPage.properties, networks: { state: true }, municipalities: { state: true }, erasing: { state: true },
        erasureProblem: { state: true },
    };

    constructor() {
        super(FIELDS);
        this.networks = null;
        this.municipalities = [];
        this.erasing = false;
        this.erasureProblem = null;
    }

    recordPath() {
        return this.params.id === 'new' ? null : `buddies/${encodeURIComponent(this.params.id)}`;
    }

    createPath() {
        return 'buddies';
    }

    created(buddy) {
        navigate(`/buddies/${buddy.id}`, { created: 1 });
    }

    async loadContext() {
        if (this.networks) return undefined;
        const all = (await api.get('networks', { size: 50, sort: 'name' })).items;
        const mine = signedIn()?.networkIds ?? [];
        return () => {
            this.networks = mine.length ? all.filter((n) => mine.includes(n.id)) : all;
        };
    }

    show(buddy, etag, { keepInput }) {
        super.show(buddy, etag, { keepInput });
        if (!keepInput && buddy.networkId) showMunicipalities(this, buddy.networkId);
    }

    formOf(b) {
        const consents = Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, b?.consents?.find((c) => c.purpose === p)?.granted ?? false]));
        return {
            firstName: b?.firstName ?? '', lastName: b?.lastName ?? '', email: b?.email ?? '', phone: b?.phone ?? '',
            network: b?.networkId ?? '', municipalityNis: b?.municipalityNis ?? '',
            languages: (b?.languages ?? []).join(', '), interests: b?.interests ?? [], availability: b?.availability ?? [],
            screening: b?.screening ?? 'registered', training: b?.training ?? 'not-trained', trainedOn: formatDate(b?.trainedOn),
            capacity: b ? formatNumber(b.capacity) : '1', status: b?.status ?? 'active', consents,
        };
    }

    bodyOf(f) {
        const capacity = f.capacity.trim();
        return {
            firstName: f.firstName, lastName: f.lastName, email: f.email.trim() || null, phone: f.phone.trim() || null,
            municipalityNis: f.municipalityNis || null, languages: languagesOf(f.languages), interests: f.interests,
            availability: f.availability, screening: f.screening, training: f.training, trainedOn: wireDate(f.trainedOn),
            capacity: capacity === '' ? null : /^\d+$/.test(capacity) ? Number(capacity) : capacity, status: f.status,
            consents: f.consents,
        };
    }

    fieldId(field) {
        return profileFieldId(field) ?? super.fieldId(field);
    }

    pageTitle() {
        return this.isNew() ? t('buddy.newTitle') : this.record ? `${this.record.firstName} ${this.record.lastName}` : t('buddy.title');
    }

    /** Everything held about this buddy, as the API gives it, saved as a JSON file (right of access). */
    async exportData() {
        this.erasureProblem = await downloadExport(this, `buddy-${this.record.reference}.json`);
    }

    /** Pseudonymises the buddy, who stops with it (a running duo ends); the counts stay. */
    async erase() {
        const problem = await eraseAfterConfirmation(this);
        if (problem !== undefined) this.erasureProblem = problem;
    }

    render() {
        const heading = this.pageTitle();
        const trail = breadcrumb('#/buddies', t('nav.buddies'), heading);
        if (this.failure) {
            return html`${trail}<div class="page-header"><h1 tabindex="-1">${t('buddy.title')}</h1></div>${this.renderFailure()}`;
        }
        if (!this.form || !this.networks || (!this.isNew() && !this.record)) {
            return this.renderLoading();
        }
        if (this.isNew()) {
            return html`${trail}
                <div class="page-header"><h1 tabindex="-1">${heading}</h1><p class="lead">${t('buddy.newLead')}</p></div>
                ${this.renderForm()}`;
        }
        const b = this.record;
        return html`${trail}
            <div class="page-header page-header--actions">
                <div><h1 tabindex="-1">${heading}</h1><p class="lead"><span class="mono">${b.reference}</span> ${buddyBadges(b)}</p></div>
                ${this.renderRightsActions(b)}
            </div>
            ${this.query.created ? html`<div class="alert alert--success" role="status" data-testid="created">${t('buddy.created')}</div>` : ''}
            ${this.erasureProblem ? html`<div class="alert alert--error" role="alert">${this.erasureProblem.detail || this.erasureProblem.message}</div>` : ''}
            <div class="columns">
                ${this.renderFacts(b)}
                ${may('manageBuddies') && !b.erased ? this.renderForm() : nothing}
            </div>`;
    }

    renderRightsActions(b) {
        if (!may('manageBuddies') || b.erased) return nothing;
        const mayErase = may('eraseBuddies');
        return html`<div class="button-row">
            <button type="button" class="button button--secondary" data-testid="export" @click=${() => this.exportData()}>${t('buddy.export')}</button>
            ${mayErase ? html`<button type="button" class="button button--danger" data-testid="erase" ?disabled=${this.erasing}
                    @click=${() => this.erase()}>${t('buddy.erase')}</button>` : nothing}
        </div>`;
    }

    renderFacts(b) {
        return html`<section class="card" aria-labelledby="facts-title">
            <h2 id="facts-title" class="card__title">${t('buddy.facts')}</h2>
            <dl class="facts" data-testid="facts">
                <dt>${t('buddy.field.municipalityNis')}</dt><dd>${b.municipalityName ?? b.municipalityNis} (${b.networkName ?? b.networkId})</dd>
                <dt>${t('buddy.field.email')}</dt><dd>${b.email ?? '—'}</dd>
                <dt>${t('buddy.field.phone')}</dt><dd>${b.phone ?? '—'}</dd>
                <dt>${t('profile.languages')}</dt><dd>${languagesText(b.languages)}</dd>
                <dt>${t('profile.interests')}</dt><dd>${interestsText(b.interests)}</dd>
                <dt>${t('profile.availability')}</dt><dd>${availabilityText(b.availability)}</dd>
                <dt>${t('buddy.duos')}</dt><dd data-testid="duos">${t('buddies.duos', { running: formatNumber(b.duosTaken), capacity: formatNumber(b.capacity) })}</dd>
                <dt>${t('buddy.field.screening')}</dt><dd>${t(`screening.${b.screening}`)}${b.screeningDecidedOn ? ` (${formatDate(b.screeningDecidedOn)})` : ''}</dd>
                <dt>${t('buddy.field.training')}</dt><dd>${t(`training.${b.training}`)}${b.trainedOn ? ` (${formatDate(b.trainedOn)})` : ''}</dd>
                <dt>${t('buddy.registered')}</dt><dd>${t(`registeredBy.${b.registeredBy}`)}, ${formatDateTime(b.registeredAt)}</dd>
                <dt>${t('profile.consents')}</dt><dd>${b.consents.length
                    ? html`<ul class="plain-list">${b.consents.map((c) => html`<li>${c.granted ? '✓' : '✗'} ${t(`consent.${c.purpose}`)}</li>`)}</ul>` : '—'}</dd>
                ${b.erased ? html`<dt>${t('buddy.erasedAt')}</dt><dd>${formatDateTime(b.erasedAt)}</dd>` : nothing}
            </dl>
        </section>`;
    }

    renderForm() {
        const f = this.form;
        const error = (field) => this.fieldError(field);
        const label = (field) => (profileFieldId(field) ? t('profile.consents')
            : ['languages', 'interests', 'availability'].includes(field) ? t(`profile.${field}`) : t(`buddy.field.${field}`));
        return html`<section class="card" id="buddy-form" aria-labelledby="form-title">
            <h2 id="form-title" class="card__title">${this.isNew() ? t('buddy.newForm') : t('buddy.edit')}</h2>
            ${this.renderSaveProblem(label)}
            ${this.renderSaved(t('buddy.saved'))}
            <form class="form" novalidate @submit=${(e) => this.save(e)}>
                <div class="form__row">
                    ${textField({ id: 'firstName', name: 'firstName', label: label('firstName'), required: true, value: f.firstName,
                        error: error('firstName'), autocomplete: 'off', onInput: (v) => this.input('firstName', v) })}
                    ${textField({ id: 'lastName', name: 'lastName', label: label('lastName'), required: true, value: f.lastName,
                        error: error('lastName'), onInput: (v) => this.input('lastName', v) })}
                </div>
                <div class="form__row">
                    ${textField({ id: 'email', name: 'email', label: label('email'), type: 'email', value: f.email,
                        error: error('email'), onInput: (v) => this.input('email', v) })}
                    ${textField({ id: 'phone', name: 'phone', label: label('phone'), type: 'tel', value: f.phone,
                        error: error('phone'), onInput: (v) => this.input('phone', v) })}
                </div>
                ${networkAndMunicipalityFields(this, { networkLabel: t('offer.network'), label, error })}
                ${languagesField(this, error)}
                ${interestsField(this, error)}
                ${availabilityField(this, error)}
                <div class="form__row">
                    ${selectField({ id: 'screening', name: 'screening', label: label('screening'), value: f.screening, error: error('screening'),
                        options: ['registered', 'screened', 'refused'].map((s) => ({ value: s, label: t(`screening.${s}`) })),
                        onInput: (v) => this.input('screening', v) })}
                    ${selectField({ id: 'training', name: 'training', label: label('training'), value: f.training, error: error('training'),
                        options: ['not-trained', 'trained'].map((s) => ({ value: s, label: t(`training.${s}`) })),
                        onInput: (v) => this.input('training', v) })}
                    ${textField({ id: 'trainedOn', name: 'trainedOn', label: label('trainedOn'), value: f.trainedOn, error: error('trainedOn'),
                        hint: t('form.dateHint'), inputmode: 'numeric', placeholder: t('form.datePlaceholder'), width: 'date',
                        onInput: (v) => this.input('trainedOn', v) })}
                </div>
                <div class="form__row">
                    ${textField({ id: 'capacity', name: 'capacity', label: label('capacity'), required: true, value: f.capacity,
                        hint: t('buddy.hint.capacity'), error: error('capacity'), inputmode: 'numeric', width: 'number',
                        onInput: (v) => this.input('capacity', v) })}
                    ${choiceGroup({ id: 'status', name: 'status', type: 'radio', inline: true, label: label('status'), value: f.status,
                        error: error('status'), options: ['active', 'paused', 'stopped'].map((s) => ({ value: s, label: t(`buddyStatus.${s}`) })),
                        onInput: (v) => this.input('status', v) })}
                </div>
                ${consentsField(this, error)}
                ${this.renderActions({ createLabel: t('buddy.create'), cancelHref: '#/buddies' })}
            </form>
        </section>`;
    }
}

customElements.define('vp-buddy-page', BuddyPage);
