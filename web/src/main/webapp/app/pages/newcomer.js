/**
 * One newcomer, or the intake of a new one (#/newcomers/new): the profile in the shared vocabulary (so that matching
 * compares like with like), the integration status and trajectory, how they were referred, consent per purpose; the
 * eligibility rules' answers, each with its reason, and a counsellor's override with a motivation; the newcomer's
 * participation trajectories and the button that opens one. Opening a newcomer is logged by the API (a read of
 * personal data); whether the user may change anything is the API's decision, the page only spares the form to roles
 * that never may.
 */
import { html, nothing } from 'lit';
import { FormPage, problemAlert } from '../form-page.js';
import { api } from '../api.js';
import { formatDate, formatDateTime, wireDate } from '../format.js';
import { t } from '../i18n.js';
import { CONSENT_PURPOSES, DUTCH_LEVELS } from '../reference.js';
import { downloadExport, eraseAfterConfirmation } from '../personal-data.js';
import { navigate } from '../router.js';
import { signedIn } from '../session.js';
import { badge, breadcrumb, choiceGroup, selectField, textArea, textField } from '../ui.js';
import {
    availabilityField, availabilityText, consentsField, interestsField, interestsText, languagesField, languagesOf,
    languagesText, profileFieldId,
} from '../profile-fields.js';
import { integrationStatusBadge, trajectoryStatusBadge } from '../badges.js';
import { loadNetworks, networkAndMunicipalityFields, showMunicipalities } from '../choosers.js';
import { may } from '../permissions.js';
import { progressBar } from '../progress.js';

const FIELDS = ['firstName', 'lastName', 'email', 'phone', 'integrationStatus', 'municipalityNis', 'dutchLevel',
    'languages', 'interests', 'availability', 'referralChannel', 'integrationContractDate', 'integrationProgress',
    'integrationEndedOn', 'consents'];
const REFERRAL_CHANNELS = ['agency', 'cvo', 'ocmw', 'word-of-mouth', 'self', 'other'];
const INTEGRATION_PROGRESS = ['running', 'can-start', 'ended', 'none'];
const OPEN = ['intake', 'active'];

class NewcomerPage extends FormPage {
    static properties = {
        ...FormPage.properties, networks: { state: true }, municipalities: { state: true },
        trajectories: { state: true }, motivation: { state: true }, overrideProblem: { state: true },
        busy: { state: true }, actionProblem: { state: true }, erasing: { state: true },
    };

    constructor() {
        super(FIELDS);
        this.networks = null;
        this.municipalities = [];
        this.trajectories = null;
        this.motivation = '';
        this.overrideProblem = null;
        this.actionProblem = null;
        this.busy = false;
    }

    recordPath() {
        return this.params.id === 'new' ? null : `newcomers/${encodeURIComponent(this.params.id)}`;
    }

    createPath() {
        return 'newcomers';
    }

    async created(newcomer) {
        // Taken in from a participation request (#/newcomers/new?request=<id>): the request is linked to them now.
        if (this.intake) {
            try {
                await api.post(`participation-requests/${this.intake.data.id}/link`, { newcomerId: newcomer.id }, { ifMatch: this.intake.etag });
            } catch {
                navigate(`/requests/${this.intake.data.id}`);
                return;
            }
        }
        navigate(`/newcomers/${newcomer.id}`, { created: 1 });
    }

    async loadContext() {
        const request = this.isNew() && this.query.request ? this.query.request : null;
        const [networks, trajectories, intake] = await Promise.all([
            this.networks ?? loadNetworks(),
            this.isNew() ? null : api.get('trajectories', { newcomer: this.params.id, size: 50, sort: '-opened' }),
            request ? api.getVersioned(`participation-requests/${encodeURIComponent(request)}`) : null,
        ]);
        const mine = signedIn()?.networkIds ?? [];
        return () => {
            this.networks = mine.length ? networks.filter((n) => mine.includes(n.id)) : networks;
            this.trajectories = trajectories?.items ?? null;
            this.intake = intake;
        };
    }

    show(newcomer, etag, { keepInput }) {
        super.show(newcomer, etag, { keepInput });
        if (!keepInput && newcomer.networkId) showMunicipalities(this, newcomer.networkId);
    }

    formOf(n) {
        const consents = Object.fromEntries(CONSENT_PURPOSES.map((p) => [p, n?.consents?.find((c) => c.purpose === p)?.granted ?? false]));
        const only = this.networks?.length === 1 ? this.networks[0].id : '';
        const asked = !n && this.intake?.data?.status === 'open' ? this.intake.data : null;
        if (asked) {
            showMunicipalities(this, asked.networkId);
            return {
                ...this.formOf({ consents: [] }), firstName: asked.firstName, email: asked.email ?? '', phone: asked.phone ?? '',
                network: asked.networkId, municipalityNis: asked.municipalityNis, referralChannel: 'self',
            };
        }
        if (!n && only) showMunicipalities(this, only);
        return {
            firstName: n?.firstName ?? '', lastName: n?.lastName ?? '', email: n?.email ?? '', phone: n?.phone ?? '',
            integrationStatus: n?.integrationStatus ?? '', network: n?.networkId ?? only, municipalityNis: n?.municipalityNis ?? '',
            dutchLevel: n?.dutchLevel ?? '', languages: (n?.languages ?? []).join(', '), interests: n?.interests ?? [],
            availability: n?.availability ?? [], referralChannel: n?.referralChannel ?? '',
            integrationContractDate: formatDate(n?.integrationContractDate), integrationProgress: n?.integrationProgress ?? '',
            integrationEndedOn: formatDate(n?.integrationEndedOn), consents,
        };
    }

    bodyOf(f) {
        return {
            firstName: f.firstName, lastName: f.lastName, email: f.email.trim() || null, phone: f.phone.trim() || null,
            integrationStatus: f.integrationStatus || null, municipalityNis: f.municipalityNis || null,
            dutchLevel: f.dutchLevel || null, languages: languagesOf(f.languages), interests: f.interests,
            availability: f.availability, referralChannel: f.referralChannel || null,
            integrationContractDate: wireDate(f.integrationContractDate), integrationProgress: f.integrationProgress || null,
            integrationEndedOn: f.integrationProgress === 'ended' ? wireDate(f.integrationEndedOn) : null,
            consents: f.consents,
        };
    }

    fieldId(field) {
        return profileFieldId(field) ?? super.fieldId(field);
    }

    pageTitle() {
        return this.isNew() ? t('newcomer.newTitle') : this.record ? `${this.record.firstName} ${this.record.lastName}` : t('newcomer.title');
    }

    /** Takes the newcomer in against the rules: the motivation is recorded with who and when. */
    async override(event) {
        event.preventDefault();
        this.busy = true;
        try {
            const { data, etag } = await api.post(`${this.recordPath()}/eligibility-override`, { motivation: this.motivation },
                { ifMatch: this.etag });
            this.show(data, etag, { keepInput: true });
            this.motivation = '';
            this.overrideProblem = null;
        } catch (error) {
            this.overrideProblem = error;
            if (error.changedMeanwhile) await this.refresh();
        } finally {
            this.busy = false;
        }
    }

    /** Everything held about this newcomer, as the API gives it, saved as a JSON file (right of access; logged). */
    async exportData() {
        this.actionProblem = await downloadExport(this, `inburgeraar-${this.record.id}-gegevens.json`);
    }

    /** Pseudonymises the newcomer (the API refuses while a trajectory is open); the counts stay. */
    async erase() {
        const problem = await eraseAfterConfirmation(this);
        if (problem !== undefined) this.actionProblem = problem;
    }

    /** Opens the participation trajectory (intake, or started at once) and goes there. */
    async openTrajectory(activate) {
        this.busy = true;
        try {
            const { data } = await api.post('trajectories', { newcomerId: this.record.id, activate });
            navigate(`/trajectories/${data.id}`, { opened: 1 });
        } catch (error) {
            this.actionProblem = error;
        } finally {
            this.busy = false;
        }
    }

    render() {
        const heading = this.pageTitle();
        const trail = breadcrumb('#/newcomers', t('nav.newcomers'), heading);
        if (this.failure) {
            return html`${trail}<div class="page-header"><h1 tabindex="-1">${t('newcomer.title')}</h1></div>${this.renderFailure()}`;
        }
        if (!this.form || !this.networks || (!this.isNew() && !this.record)) {
            return this.renderLoading();
        }
        if (this.isNew()) {
            return html`${trail}
                <div class="page-header"><h1 tabindex="-1">${heading}</h1><p class="lead">${t('newcomer.newLead')}</p></div>
                ${this.intake ? html`<div class="alert alert--info" role="status" data-testid="intake-request">${t('requests.intakeNotice', { reference: this.intake.data.reference })}</div>` : nothing}
                ${this.renderForm()}`;
        }
        const n = this.record;
        return html`${trail}
            <div class="page-header page-header--actions">
                <div><h1 tabindex="-1">${heading}</h1><p class="lead">${n.erasedAt ? badge(t('buddy.erased'), 'neutral') : nothing} ${integrationStatusBadge(n.integrationStatus)}
                    ${n.eligibility?.eligible ? badge(t('newcomer.eligible'), 'success') : badge(t('newcomer.notEligible'), 'warning')}</p></div>
                <div class="button-row">
                    ${n.erasedAt ? nothing : html`<a class="button button--secondary" href="#/matching/newcomers/${n.id}" data-testid="suggestions">${t('newcomer.suggestions')}</a>`}
                    ${may('manageNewcomers') && !n.erasedAt ? html`<button type="button" class="button button--secondary" data-testid="export"
                            @click=${() => this.exportData()}>${t('buddy.export')}</button>` : nothing}
                    ${may('eraseNewcomers') && !n.erasedAt ? html`<button type="button"
                            class="button button--danger" data-testid="erase" ?disabled=${this.erasing} @click=${() => this.erase()}>${t('buddy.erase')}</button>` : nothing}
                </div>
            </div>
            ${this.query.created ? html`<div class="alert alert--success" role="status" data-testid="created">${t('newcomer.created')}</div>` : ''}
            ${this.actionProblem ? problemAlert(this.actionProblem) : ''}
            <div class="columns">
                <div class="stack">
                    ${this.renderEligibility(n)}
                    ${this.renderTrajectories(n)}
                    ${this.renderFacts(n)}
                </div>
                ${may('manageNewcomers') && !n.erasedAt ? this.renderForm() : nothing}
            </div>`;
    }

    renderEligibility(n) {
        const e = n.eligibility;
        if (!e) return nothing;
        return html`<section class="card" aria-labelledby="eligibility-title" data-testid="eligibility">
            <h2 id="eligibility-title" class="card__title">${t('newcomer.eligibility')}</h2>
            <ul class="checks">
                ${e.checks.map((c) => html`<li class="check ${c.passed ? 'check--passed' : 'check--failed'}" data-rule="${c.rule}">
                    <span class="check__icon" aria-hidden="true">${c.passed ? '✓' : '✗'}</span>
                    <span><strong>${t(`eligibilityRule.${c.rule}`)}</strong>
                    <span class="visually-hidden">${c.passed ? t('newcomer.rulePassed') : t('newcomer.ruleFailed')}</span><br>${c.reason}</span>
                </li>`)}
            </ul>
            ${e.override ? html`<div class="alert alert--info" data-testid="override">
                <p><strong>${t('newcomer.overridden')}</strong> ${t('newcomer.overriddenBy', { by: e.override.by, at: formatDateTime(e.override.at) })}</p>
                <p>${e.override.motivation}</p></div>` : nothing}
            ${!e.rulesPassed && !e.override && may('manageNewcomers') ? this.renderOverride() : nothing}
        </section>`;
    }

    renderOverride() {
        const errors = this.overrideProblem?.byField?.() ?? new Map();
        const message = errors.get('motivation')?.map((v) => v.message).join(' ');
        return html`<form class="form" novalidate @submit=${(e) => this.override(e)} data-testid="override-form">
            ${this.overrideProblem && !message ? problemAlert(this.overrideProblem) : nothing}
            ${textArea({ id: 'motivation', name: 'motivation', label: t('newcomer.motivation'), required: true,
                hint: t('newcomer.motivationHint'), value: this.motivation, error: message, rows: 3,
                onInput: (v) => { this.motivation = v; } })}
            <div class="form__actions">
                <button class="button button--secondary" type="submit" ?disabled=${this.busy} data-testid="override-submit">${t('newcomer.override')}</button>
            </div>
        </form>`;
    }

    renderTrajectories(n) {
        const list = this.trajectories ?? [];
        const hasOpen = list.some((tr) => OPEN.includes(tr.status));
        const mayOpen = may('manageNewcomers') && !hasOpen && n.eligibility?.eligible;
        return html`<section class="card" aria-labelledby="trajectories-title" data-testid="newcomer-trajectories">
            <h2 id="trajectories-title" class="card__title">${t('newcomer.trajectories')}</h2>
            ${list.length ? html`<ul class="plain-list stack-list">${list.map((tr) => html`<li>
                <a href="#/trajectories/${tr.id}">${t('newcomer.trajectoryOpened', { date: formatDate(tr.openedOn) })}</a>
                ${trajectoryStatusBadge(tr.status)}
                ${progressBar(tr)}
            </li>`)}</ul>` : html`<p class="muted">${t('newcomer.noTrajectory')}</p>`}
            ${mayOpen ? html`<div class="button-row">
                <button type="button" class="button button--primary" data-testid="open-and-start-trajectory" ?disabled=${this.busy}
                        @click=${() => this.openTrajectory(true)}>${t('newcomer.openAndStartTrajectory')}</button>
                <button type="button" class="button button--secondary" data-testid="open-trajectory" ?disabled=${this.busy}
                        @click=${() => this.openTrajectory(false)}>${t('newcomer.openTrajectory')}</button>
            </div>` : nothing}
            ${may('manageNewcomers') && !hasOpen && !n.eligibility?.eligible ? html`<p class="muted">${t('newcomer.openNeedsEligibility')}</p>` : nothing}
        </section>`;
    }

    renderFacts(n) {
        return html`<section class="card" aria-labelledby="facts-title">
            <h2 id="facts-title" class="card__title">${t('newcomer.facts')}</h2>
            <dl class="facts" data-testid="facts">
                <dt>${t('newcomer.field.municipalityNis')}</dt><dd>${this.municipalities.find((m) => m.nisCode === n.municipalityNis)?.name ?? n.municipalityNis}</dd>
                <dt>${t('newcomer.field.dutchLevel')}</dt><dd>${n.dutchLevel ? t(`dutchLevel.${n.dutchLevel}`) : '—'}</dd>
                <dt>${t('profile.languages')}</dt><dd>${languagesText(n.languages)}</dd>
                <dt>${t('profile.interests')}</dt><dd>${interestsText(n.interests)}</dd>
                <dt>${t('profile.availability')}</dt><dd>${availabilityText(n.availability)}</dd>
                <dt>${t('newcomer.field.referralChannel')}</dt><dd>${t(`referralChannel.${n.referralChannel}`)}</dd>
                <dt>${t('newcomer.field.integrationProgress')}</dt><dd>${t(`integrationProgress.${n.integrationProgress}`)}${n.integrationEndedOn ? ` (${formatDate(n.integrationEndedOn)})` : ''}</dd>
                <dt>${t('newcomer.field.integrationContractDate')}</dt><dd>${formatDate(n.integrationContractDate) || '—'}</dd>
                <dt>${t('profile.consents')}</dt><dd>${n.consents.length
                    ? html`<ul class="plain-list">${n.consents.map((c) => html`<li>${c.granted ? '✓' : '✗'} ${t(`consent.${c.purpose}`)}</li>`)}</ul>` : '—'}</dd>
                <dt>${t('newcomer.createdAt')}</dt><dd>${formatDateTime(n.createdAt)}</dd>
            </dl>
        </section>`;
    }

    renderForm() {
        const f = this.form;
        const error = (field) => this.fieldError(field);
        const label = (field) => (profileFieldId(field) ? t('profile.consents')
            : ['languages', 'interests', 'availability'].includes(field) ? t(`profile.${field}`) : t(`newcomer.field.${field}`));
        const dateField = (id) => textField({ id, name: id, label: label(id), value: f[id], error: error(id), inputmode: 'numeric',
            placeholder: t('form.datePlaceholder'), width: 'date', hint: t('form.dateHint'), onInput: (v) => this.input(id, v) });
        return html`<section class="card" id="newcomer-form" aria-labelledby="form-title">
            <h2 id="form-title" class="card__title">${this.isNew() ? t('newcomer.newForm') : t('newcomer.edit')}</h2>
            ${this.renderSaveProblem(label)}
            ${this.renderSaved(t('newcomer.saved'))}
            <form class="form" novalidate @submit=${(e) => this.save(e)}>
                <div class="form__row">
                    ${textField({ id: 'firstName', name: 'firstName', label: label('firstName'), required: true, value: f.firstName,
                        error: error('firstName'), onInput: (v) => this.input('firstName', v) })}
                    ${textField({ id: 'lastName', name: 'lastName', label: label('lastName'), required: true, value: f.lastName,
                        error: error('lastName'), onInput: (v) => this.input('lastName', v) })}
                </div>
                <div class="form__row">
                    ${textField({ id: 'email', name: 'email', label: label('email'), type: 'email', value: f.email,
                        error: error('email'), onInput: (v) => this.input('email', v) })}
                    ${textField({ id: 'phone', name: 'phone', label: label('phone'), type: 'tel', value: f.phone,
                        error: error('phone'), onInput: (v) => this.input('phone', v) })}
                </div>
                ${choiceGroup({ id: 'integrationStatus', name: 'integrationStatus', type: 'radio', inline: true, required: true,
                    label: label('integrationStatus'), value: f.integrationStatus, error: error('integrationStatus'),
                    options: ['obliged', 'entitled'].map((s) => ({ value: s, label: t(`integrationStatus.${s}`) })),
                    onInput: (v) => this.input('integrationStatus', v) })}
                ${networkAndMunicipalityFields(this, { networkLabel: t('newcomer.network'), label, error })}
                <div class="form__row">
                    ${selectField({ id: 'dutchLevel', name: 'dutchLevel', label: label('dutchLevel'), value: f.dutchLevel,
                        error: error('dutchLevel'), empty: t('newcomer.unknown'),
                        options: DUTCH_LEVELS.map((l) => ({ value: l, label: t(`dutchLevel.${l}`) })),
                        onInput: (v) => this.input('dutchLevel', v) })}
                    ${selectField({ id: 'referralChannel', name: 'referralChannel', label: label('referralChannel'), required: true,
                        value: f.referralChannel, error: error('referralChannel'), empty: t('users.choose'),
                        options: REFERRAL_CHANNELS.map((c) => ({ value: c, label: t(`referralChannel.${c}`) })),
                        onInput: (v) => this.input('referralChannel', v) })}
                </div>
                <div class="form__row">
                    ${selectField({ id: 'integrationProgress', name: 'integrationProgress', label: label('integrationProgress'),
                        required: true, value: f.integrationProgress, error: error('integrationProgress'), empty: t('users.choose'),
                        options: INTEGRATION_PROGRESS.map((p) => ({ value: p, label: t(`integrationProgress.${p}`) })),
                        onInput: (v) => this.input('integrationProgress', v) })}
                    ${f.integrationProgress === 'ended' ? dateField('integrationEndedOn') : nothing}
                </div>
                ${dateField('integrationContractDate')}
                ${languagesField(this, error)}
                ${interestsField(this, error)}
                ${availabilityField(this, error)}
                ${consentsField(this, error, { required: [] })}
                ${this.renderActions({ createLabel: t('newcomer.register'), cancelHref: '#/newcomers' })}
            </form>
        </section>`;
    }
}

customElements.define('vp-newcomer-page', NewcomerPage);
