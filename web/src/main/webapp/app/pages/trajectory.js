/**
 * One participation trajectory: its progress towards the target (confirmed hours only), the hours per reporting
 * category, the plan and the guarded transitions (start, stop, exempt; completion happens by itself), the placements
 * with the form rendered from the chosen type's field schema (never a form per type), the confirmation links and QR
 * codes for the offers' contact persons, the hour log with confirm and reject, and the certificate once completed.
 * Every rule is the API's: the page shows its answers at the fields they concern.
 */
import { html, nothing } from 'lit';
import { Page } from '../page.js';
import { problemAlert, summaryOf } from '../form-page.js';
import { api } from '../api.js';
import { formatDate, formatDateTime, formatNumber, parseNumber, wireDate } from '../format.js';
import { t } from '../i18n.js';
import { attributesOf, inputId, renderField } from '../schema-form.js';
import { navigate } from '../router.js';
import { loadTrajectoryTypes, placedWithBuddy, typedFields } from '../trajectory-types.js';
import { breadcrumb, lookupField, selectField, textArea, textField, violationText } from '../ui.js';
import { trajectoryStatusBadge } from '../badges.js';
import { hoursText, progressBar } from '../progress.js';
import { may } from '../permissions.js';

const OPEN = ['intake', 'active'];
const HOUR_STATUSES = ['pending', 'confirmed', 'rejected', 'lapsed'];
const emptyPlacement = () => ({ typeId: '', chosen: null, search: '', matches: null, startDate: '', endDate: '', values: {} });
const emptyHours = () => ({ placementId: '', date: '', hours: '', note: '' });

class TrajectoryPage extends Page {
    static properties = {
        ...Page.properties, trajectory: { state: true }, placements: { state: true }, hours: { state: true },
        types: { state: true }, placement: { state: true }, placementErrors: { state: true },
        placementProblem: { state: true }, hourForm: { state: true }, hourErrors: { state: true },
        hourProblem: { state: true }, links: { state: true }, linkLists: { state: true }, reason: { state: true },
        actionProblem: { state: true },
        busy: { state: true }, notice: { state: true }, plan: { state: true }, planErrors: { state: true },
        planProblem: { state: true }, referral: { state: true }, referralErrors: { state: true },
        referralProblem: { state: true }, allMunicipalities: { state: true }, referrals: { state: true },
    };

    constructor() {
        super();
        this.trajectory = null;
        this.placements = [];
        this.hours = null;
        this.types = null;
        this.placement = emptyPlacement();
        this.placementErrors = new Map();
        this.placementProblem = null;
        this.hourForm = emptyHours();
        this.hourErrors = new Map();
        this.hourProblem = null;
        this.links = {};
        this.linkLists = {}; // per placement: its links as listed, while shown
        this.reason = '';
        this.actionProblem = null;
        this.busy = false;
        this.notice = null;
        this.plan = null; // the plan form while it is open, as typed
        this.planErrors = new Map();
        this.planProblem = null;
        this.referral = null; // the referral form while it is open
        this.referralErrors = new Map();
        this.referralProblem = null;
        this.allMunicipalities = null;
        this.referrals = [];
    }

    path() {
        return `trajectories/${encodeURIComponent(this.params.id)}`;
    }

    async load() {
        const [trajectory, placements, hours, types, referrals] = await Promise.all([
            api.getVersioned(this.path()),
            api.get(`${this.path()}/placements`, { size: 200 }),
            api.get(`${this.path()}/hours`, { sort: '-date', size: 50, status: this.query.hours }),
            this.types ?? loadTrajectoryTypes(),
            may('followTrajectories') ? api.get(`${this.path()}/referrals`) : [],
        ]);
        return () => {
            this.referrals = referrals;
            this.trajectory = trajectory.data;
            this.etag = trajectory.etag;
            this.placements = placements.items;
            this.hours = hours;
            this.types = types;
        };
    }

    languageChanged() {
        this.types = null; // labels and field schemas come from the API in the chosen language
        super.languageChanged();
    }

    pageTitle() {
        const tr = this.trajectory;
        return tr ? t('trajectory.titleOf', { name: [tr.newcomerFirstName, tr.newcomerLastName].filter(Boolean).join(' ') }) : t('trajectory.title');
    }

    /** Runs one call that changes the trajectory, shows what went wrong or reloads what it changed. */
    async act(call, { notice } = {}) {
        if (this.busy) return false;
        this.busy = true;
        try {
            const said = await call();
            this.actionProblem = null;
            await this.refresh(); // what changed, before saying so
            this.notice = (typeof said === 'string' ? said : notice) ?? null;
            return true;
        } catch (error) {
            this.actionProblem = error;
            await this.updateComplete;
            this.querySelector('[data-testid=problem]')?.focus();
            return false;
        } finally {
            this.busy = false;
        }
    }

    transition(to) {
        return this.act(async () => {
            await api.post(`${this.path()}/transitions`, { to, reason: this.reason.trim() || null }, { ifMatch: this.etag });
            this.reason = '';
        }, { notice: t(`trajectory.transitioned.${to}`) });
    }

    decide(entry, decision) {
        let reason = null;
        if (decision === 'reject') {
            // eslint-disable-next-line no-alert -- a native prompt is accessible and keeps this table compact
            reason = window.prompt(t('trajectory.rejectReason'));
            if (reason === null) return undefined;
        }
        return this.act(async () => {
            const { data } = await api.post(`${this.path()}/hours/${entry.id}/decision`, { decision, reason });
            return data.completed ? t('trajectory.completedNow') : undefined;
        }, { notice: t(`trajectory.decided.${decision}`) });
    }

    endPlacement(p, cancel) {
        // eslint-disable-next-line no-alert -- a native confirmation is accessible and cannot be clicked through by accident
        if (!window.confirm(t(cancel ? 'trajectory.cancelConfirm' : 'trajectory.endConfirm', { title: p.title }))) return undefined;
        return this.act(() => api.post(`${this.path()}/placements/${p.id}/end`, cancel ? { cancel: true } : {}),
            { notice: t(cancel ? 'trajectory.placementCancelled' : 'trajectory.placementEnded') });
    }

    /**
     * Makes a link for the contact person; by e-mail when asked (to the offer's contact address, or one typed in when
     * the offer has none). Without a mail server the API says not-configured, and the link is shown to pass on by hand.
     */
    async issueLink(p, { email = false, address = null } = {}) {
        try {
            const body = email ? { send: 'email', email: address } : {};
            const { data } = await api.post(`${this.path()}/placements/${p.id}/confirmation-links`, body);
            this.links = { ...this.links, [p.id]: data };
            this.actionProblem = null;
            if (data.mail) {
                this.notice = data.mail.status === 'queued' ? t('trajectory.linkMailed', { to: data.mail.recipient }) : null;
                await this.showLinks(p);
            } else if (this.linkLists[p.id]) {
                await this.showLinks(p);
            }
        } catch (error) {
            const noAddress = email && !address && error.byField?.().has('email');
            if (noAddress) {
                // eslint-disable-next-line no-alert -- a native prompt is accessible and keeps the table compact
                const typed = window.prompt(t('trajectory.linkMailAddress'));
                if (typed?.trim()) return this.issueLink(p, { email: true, address: typed.trim() });
            }
            this.actionProblem = error;
        }
        return undefined;
    }

    /** The placement's links with their state; shown under the placement until hidden. */
    async showLinks(p) {
        try {
            const data = await api.get(`${this.path()}/placements/${p.id}/confirmation-links`);
            this.linkLists = { ...this.linkLists, [p.id]: data };
            this.actionProblem = null;
        } catch (error) {
            this.actionProblem = error;
        }
    }

    hideLinks(p) {
        const { [p.id]: _, ...rest } = this.linkLists;
        this.linkLists = rest;
    }

    async revokeLink(p, link) {
        // eslint-disable-next-line no-alert -- a native confirmation is accessible and cannot be clicked through by accident
        if (!window.confirm(t('trajectory.revokeConfirm', { name: link.contactName }))) return;
        try {
            await api.remove(`${this.path()}/placements/${p.id}/confirmation-links/${link.id}`);
            this.notice = t('trajectory.linkRevoked');
            await this.showLinks(p);
        } catch (error) {
            this.actionProblem = error;
        }
    }

    /* ---- New placement: the type's schema, an offer or a buddy ---------------------------------------------------- */

    chosenType() {
        return this.types?.find((ty) => ty.id === this.placement.typeId) ?? null;
    }


    setPlacement(changes) {
        this.placement = { ...this.placement, ...changes };
    }

    searchPlacementTarget(text) {
        this.setPlacement({ search: text });
        clearTimeout(this.searchTimer);
        if (text.trim().length < 2) {
            this.setPlacement({ matches: null });
            return;
        }
        this.searchTimer = setTimeout(async () => {
            const type = this.chosenType();
            const found = placedWithBuddy(type)
                ? (await api.get('buddies', { q: text.trim(), available: 'true', size: 8 })).items.map((b) => ({
                    value: b.id, label: `${b.firstName} ${b.lastName}`, detail: `${b.reference} · ${b.municipalityName ?? ''}`, item: b }))
                : (await api.get('offers', { q: text.trim(), type: type.id, status: 'published', freePlaces: 'true', size: 8 }))
                    .items.map((o) => ({ value: o.id, label: o.title, detail: `${o.organisationName} · ${o.municipalityName}`, item: o }));
            if (this.placement.search === text) this.setPlacement({ matches: found });
        }, 250);
    }

    async addPlacement(event) {
        event.preventDefault();
        const type = this.chosenType();
        const p = this.placement;
        const body = {
            typeId: p.typeId || null,
            ...(placedWithBuddy(type) ? { buddyId: p.chosen?.value ?? null } : { offerId: p.chosen?.value ?? null }),
            startDate: wireDate(p.startDate), endDate: wireDate(p.endDate),
            attributes: attributesOf(typedFields(type), p.values),
        };
        this.busy = true;
        try {
            await api.post(`${this.path()}/placements`, body);
            this.placement = emptyPlacement();
            this.placementErrors = new Map();
            this.placementProblem = null;
            await this.refresh();
            this.notice = t('trajectory.placementAdded');
        } catch (error) {
            this.placementErrors = error.byField ? error.byField() : new Map();
            this.placementProblem = error;
            await this.updateComplete;
            this.querySelector('#placement-form .error-summary, #placement-form [data-testid=problem]')?.focus();
        } finally {
            this.busy = false;
        }
    }

    /** The element id of a placement violation's field ('attributes.supervisor' → the schema field's input). */
    placementFieldId(field) {
        if (field.startsWith('attributes.')) {
            const name = field.slice('attributes.'.length);
            const typed = typedFields(this.chosenType()).find((f) => f.name === name);
            return typed ? inputId(typed) : 'placement-target';
        }
        if (field === 'startDate' || field === 'endDate') {
            // A type whose schema has the period (an internship) asks for it among its own fields.
            const own = typedFields(this.chosenType()).find((f) => f.name === field);
            return own ? inputId(own) : `placement-${field}`;
        }
        return { typeId: 'placement-type', offerId: 'placement-target', buddyId: 'placement-target' }[field] ?? null;
    }

    placementError(...fields) {
        return fields.flatMap((f) => this.placementErrors.get(f) ?? []).map(violationText).join(' ') || undefined;
    }

    /* ---- Hours --------------------------------------------------------------------------------------------------- */

    async logHours(event) {
        event.preventDefault();
        const f = this.hourForm;
        const hours = f.hours.trim();
        this.busy = true;
        try {
            await api.post(`${this.path()}/hours`, {
                placementId: f.placementId || null, date: wireDate(f.date),
                hours: hours === '' ? null : parseNumber(hours) ?? hours, note: f.note.trim() || null,
            });
            this.hourForm = { ...emptyHours(), placementId: f.placementId };
            this.hourErrors = new Map();
            this.hourProblem = null;
            await this.refresh();
            this.notice = t('trajectory.hoursLogged');
        } catch (error) {
            this.hourErrors = error.byField ? error.byField() : new Map();
            this.hourProblem = error;
            await this.updateComplete;
            this.querySelector('#hours-form .error-summary, #hours-form [data-testid=problem]')?.focus();
        } finally {
            this.busy = false;
        }
    }

    hourError(field) {
        return this.hourErrors.get(field)?.map(violationText).join(' ') || undefined;
    }

    /* ---- Plan and referral ---------------------------------------------------------------------------------------- */

    editPlan() {
        const tr = this.trajectory;
        this.plan = {
            targetHours: formatNumber(tr.targetHours), targetReason: tr.targetReason ?? '', deadline: formatDate(tr.deadline),
            counsellor: tr.counsellor ?? '',
        };
        this.planErrors = new Map();
        this.planProblem = null;
    }

    async savePlan(event) {
        event.preventDefault();
        const f = this.plan;
        const target = f.targetHours.trim();
        this.busy = true;
        try {
            await api.put(this.path(), {
                targetHours: target === '' ? null : parseNumber(target) ?? target, targetReason: f.targetReason.trim() || null,
                deadline: wireDate(f.deadline), counsellor: f.counsellor.trim() || null,
            }, { ifMatch: this.etag });
            this.plan = null;
            await this.refresh();
            this.notice = t('trajectory.planSaved');
        } catch (error) {
            this.planErrors = error.byField ? error.byField() : new Map();
            this.planProblem = error;
            if (error.changedMeanwhile) await this.refresh(); // the newest version; what was typed stays in the form
        } finally {
            this.busy = false;
        }
    }

    async startReferral() {
        this.referral = { municipalityNis: '', motivation: '', handoverNote: '' };
        this.referralErrors = new Map();
        this.referralProblem = null;
        this.allMunicipalities ??= await api.get('public/municipalities');
    }

    async refer(event) {
        event.preventDefault();
        const f = this.referral;
        this.busy = true;
        try {
            const { data } = await api.post(`${this.path()}/referral`, {
                municipalityNis: f.municipalityNis || null, motivation: f.motivation.trim() || null,
                handoverNote: f.handoverNote.trim() || null,
            }, { ifMatch: this.etag });
            this.referral = null;
            // The trajectory now belongs to the other network: this user may no longer see it.
            navigate('/trajectories', { referred: data.toNetwork });
        } catch (error) {
            this.referralErrors = error.byField ? error.byField() : new Map();
            this.referralProblem = error;
        } finally {
            this.busy = false;
        }
    }

    /* ---- Rendering ----------------------------------------------------------------------------------------------- */

    render() {
        const trail = breadcrumb('#/trajectories', t('nav.trajectories'), this.pageTitle());
        if (this.failure && !this.trajectory) {
            return html`${trail}<div class="page-header"><h1 tabindex="-1">${t('trajectory.title')}</h1></div>${this.renderFailure()}`;
        }
        if (!this.trajectory || !this.types) return this.renderLoading();
        const tr = this.trajectory;
        const open = OPEN.includes(tr.status);
        return html`${trail}
            <div class="page-header page-header--actions">
                <div>
                    <h1 tabindex="-1">${this.pageTitle()}</h1>
                    <p class="lead">${trajectoryStatusBadge(tr.status)}
                        ${tr.newcomerId ? html` <a href="#/newcomers/${tr.newcomerId}">${t('trajectory.toNewcomer')}</a>` : nothing}</p>
                </div>
                ${tr.status === 'completed' && !tr.minimal ? html`<a class="button button--primary" data-testid="certificate"
                        href="api/v1/${this.path()}/certificate" download="attest-${tr.id}.pdf">${t('trajectory.certificate')}</a>` : nothing}
            </div>
            ${this.query.opened ? html`<div class="alert alert--success" role="status">${t('trajectory.opened')}</div>` : nothing}
            ${this.notice ? html`<div class="alert alert--success" role="status" data-testid="notice">${this.notice}</div>` : nothing}
            ${this.actionProblem ? problemAlert(this.actionProblem) : nothing}
            <div class="columns columns--aside">
                ${this.renderProgress(tr)}
                <div class="stack">
                    ${this.renderPlan(tr)}
                    ${may('followTrajectories') && open ? this.renderTransitions(tr) : nothing}
                </div>
            </div>
            <div class="stack stack--below">
                ${this.renderPlacements(tr, open)}
                ${may('followTrajectories') && open ? this.renderPlacementForm() : nothing}
                ${this.renderHours(tr, open)}
            </div>`;
    }

    renderProgress(tr) {
        return html`<section class="card" aria-labelledby="progress-title">
            <h2 id="progress-title" class="card__title">${t('trajectory.progress')}</h2>
            ${progressBar(tr)}
            <p class="muted" data-testid="hours-summary">${t('trajectory.hoursSummary', {
                pending: hoursText(tr.pendingHours), remaining: hoursText(tr.remainingHours) })}</p>
            ${tr.completedOn ? html`<p data-testid="completed-on">${t('trajectory.completedOn', { date: formatDate(tr.completedOn) })}
                ${tr.certificateCode ? html` · ${t('trajectory.certificateCode')} <span class="mono" data-testid="certificate-code">${tr.certificateCode}</span>` : nothing}</p>` : nothing}
            ${tr.hoursByCategory.length ? html`<table class="table table--compact" data-testid="hours-by-category">
                <caption class="visually-hidden">${t('trajectory.byCategory')}</caption>
                <thead><tr><th scope="col">${t('trajectory.category')}</th><th scope="col" class="num">${t('trajectory.hoursColumn')}</th></tr></thead>
                <tbody>${tr.hoursByCategory.map((c) => html`<tr><th scope="row">${c.label}</th><td class="num">${hoursText(c.hours)}</td></tr>`)}</tbody>
            </table>` : nothing}
        </section>`;
    }

    renderPlan(tr) {
        if (tr.minimal) return nothing;
        return html`<section class="card" aria-labelledby="plan-title">
            <h2 id="plan-title" class="card__title">${t('trajectory.plan')}</h2>
            <dl class="facts" data-testid="plan">
                <dt>${t('trajectory.target')}</dt><dd>${hoursText(tr.targetHours)}${tr.targetReason ? html` <span class="muted">(${tr.targetReason})</span>` : nothing}</dd>
                <dt>${t('trajectory.counsellor')}</dt><dd>${tr.counsellor ?? '—'}</dd>
                <dt>${t('trajectory.deadline')}</dt><dd>${formatDate(tr.deadline) || '—'}</dd>
                <dt>${t('trajectory.openedOn')}</dt><dd>${formatDate(tr.openedOn)}</dd>
                ${tr.startedOn ? html`<dt>${t('trajectory.startedOn')}</dt><dd>${formatDate(tr.startedOn)}</dd>` : nothing}
                ${tr.endedOn ? html`<dt>${t('trajectory.endedOn')}</dt><dd>${formatDate(tr.endedOn)}</dd>` : nothing}
                ${tr.statusReason ? html`<dt>${t('trajectory.statusReason')}</dt><dd>${tr.statusReason}</dd>` : nothing}
            </dl>
            ${this.referrals.length ? html`<h3 class="card__subtitle">${t('trajectory.referrals')}</h3>
                <ul class="plain-list" data-testid="referrals">${this.referrals.map((r) => html`<li>
                    ${t('trajectory.referralLine', { from: r.fromNetwork, to: r.toNetwork, at: formatDateTime(r.referredAt), by: r.referredBy })}
                    ${r.handoverNote ? html`<br><span class="muted">${r.handoverNote}</span>` : nothing}</li>`)}</ul>` : nothing}
            ${may('followTrajectories') && OPEN.includes(tr.status) ? this.renderPlanActions() : nothing}
        </section>`;
    }

    renderPlanActions() {
        if (this.plan) return this.renderPlanForm();
        if (this.referral) return this.renderReferralForm();
        return html`<div class="button-row">
            <button type="button" class="button button--secondary" data-testid="edit-plan" @click=${() => this.editPlan()}>${t('trajectory.editPlan')}</button>
            <button type="button" class="button button--link" data-testid="refer" @click=${() => this.startReferral()}>${t('trajectory.refer')}</button>
        </div>`;
    }

    renderPlanForm() {
        const f = this.plan;
        const error = (field) => this.planErrors.get(field)?.map(violationText).join(' ') || undefined;
        const set = (field) => (v) => { this.plan = { ...this.plan, [field]: v }; };
        const fields = ['targetHours', 'targetReason', 'deadline', 'counsellor'];
        return html`<form class="form form--inline-card" id="plan-form" novalidate @submit=${(e) => this.savePlan(e)}>
            <h3>${t('trajectory.editPlan')}</h3>
            ${this.planErrors.size ? summaryOf(this.planErrors, fields, (x) => t(`trajectory.planField.${x}`))
                : this.planProblem ? problemAlert(this.planProblem) : nothing}
            ${textField({ id: 'targetHours', name: 'targetHours', label: t('trajectory.planField.targetHours'), value: f.targetHours,
                inputmode: 'decimal', width: 'number', error: error('targetHours'), hint: t('trajectory.targetHint'), onInput: set('targetHours') })}
            ${textArea({ id: 'targetReason', name: 'targetReason', label: t('trajectory.planField.targetReason'), value: f.targetReason,
                rows: 2, error: error('targetReason'), onInput: set('targetReason') })}
            ${textField({ id: 'deadline', name: 'deadline', label: t('trajectory.planField.deadline'), value: f.deadline, width: 'date',
                inputmode: 'numeric', placeholder: t('form.datePlaceholder'), error: error('deadline'), onInput: set('deadline') })}
            ${textField({ id: 'counsellor', name: 'counsellor', label: t('trajectory.planField.counsellor'), value: f.counsellor,
                hint: t('trajectory.counsellorHint'), error: error('counsellor'), onInput: set('counsellor') })}
            <div class="form__actions">
                <button class="button button--primary" type="submit" ?disabled=${this.busy} data-testid="save-plan">${t('common.save')}</button>
                <button class="button button--secondary" type="button" @click=${() => { this.plan = null; }}>${t('common.cancel')}</button>
            </div>
        </form>`;
    }

    renderReferralForm() {
        const f = this.referral;
        const error = (field) => this.referralErrors.get(field)?.map(violationText).join(' ') || undefined;
        const set = (field) => (v) => { this.referral = { ...this.referral, [field]: v }; };
        const fields = ['municipalityNis', 'motivation', 'handoverNote'];
        return html`<form class="form form--inline-card" id="referral-form" novalidate @submit=${(e) => this.refer(e)}>
            <h3>${t('trajectory.refer')}</h3>
            <p class="muted">${t('trajectory.referHint')}</p>
            ${this.referralErrors.size ? summaryOf(this.referralErrors, fields, (x) => t(`trajectory.referralField.${x}`))
                : this.referralProblem ? problemAlert(this.referralProblem) : nothing}
            ${selectField({ id: 'municipalityNis', name: 'municipalityNis', label: t('trajectory.referralField.municipalityNis'), required: true,
                value: f.municipalityNis, error: error('municipalityNis'), empty: t('users.choose'),
                options: (this.allMunicipalities ?? []).map((m) => ({ value: m.nisCode, label: `${m.name} (${m.networkName ?? '—'})` })),
                onInput: set('municipalityNis') })}
            ${textArea({ id: 'motivation', name: 'motivation', label: t('trajectory.referralField.motivation'), required: true,
                value: f.motivation, rows: 2, error: error('motivation'), onInput: set('motivation') })}
            ${textArea({ id: 'handoverNote', name: 'handoverNote', label: t('trajectory.referralField.handoverNote'),
                value: f.handoverNote, rows: 3, hint: t('trajectory.handoverHint'), error: error('handoverNote'), onInput: set('handoverNote') })}
            <div class="form__actions">
                <button class="button button--primary" type="submit" ?disabled=${this.busy} data-testid="send-referral">${t('trajectory.sendReferral')}</button>
                <button class="button button--secondary" type="button" @click=${() => { this.referral = null; }}>${t('common.cancel')}</button>
            </div>
        </form>`;
    }

    renderTransitions(tr) {
        return html`<section class="card" aria-labelledby="transitions-title" data-testid="transitions">
            <h2 id="transitions-title" class="card__title">${t('trajectory.transitions')}</h2>
            ${tr.status === 'intake' ? html`<p>${t('trajectory.startHint')}</p>
                <button type="button" class="button button--primary" data-testid="start" ?disabled=${this.busy}
                        @click=${() => this.transition('active')}>${t('trajectory.start')}</button>` : nothing}
            ${textArea({ id: 'transition-reason', name: 'reason', label: t('trajectory.reason'), hint: t('trajectory.reasonHint'),
                value: this.reason, rows: 2, onInput: (v) => { this.reason = v; } })}
            <div class="button-row">
                <button type="button" class="button button--secondary" data-testid="stop" ?disabled=${this.busy}
                        @click=${() => this.transition('stopped')}>${t('trajectory.stop')}</button>
                <button type="button" class="button button--secondary" data-testid="exempt" ?disabled=${this.busy}
                        @click=${() => this.transition('exempted')}>${t('trajectory.exempt')}</button>
            </div>
        </section>`;
    }

    renderPlacements(tr, open) {
        return html`<section class="card" aria-labelledby="placements-title">
            <h2 id="placements-title" class="card__title">${t('trajectory.placements')}</h2>
            ${this.placements.length ? html`<div class="table-wrap"><table class="table" data-testid="placements">
                <caption class="visually-hidden">${t('trajectory.placements')}</caption>
                <thead><tr>
                    <th scope="col">${t('trajectory.placement')}</th><th scope="col">${t('trajectory.type')}</th>
                    <th scope="col">${t('trajectory.period')}</th><th scope="col">${t('trajectory.placementStatus')}</th>
                    <th scope="col"><span class="visually-hidden">${t('trajectory.actions')}</span></th>
                </tr></thead>
                <tbody>${this.placements.map((p) => html`<tr data-placement="${p.id}">
                    <th scope="row">${p.offerId ? html`<a href="#/offers/${p.offerId}">${p.title}</a>` : p.title}</th>
                    <td>${this.types.find((ty) => ty.id === p.typeId)?.label ?? p.typeId}</td>
                    <td>${formatDate(p.startDate)}${p.endDate ? ` – ${formatDate(p.endDate)}` : ''}</td>
                    <td>${t(`placementStatus.${p.status}`)}</td>
                    <td class="actions">${this.renderPlacementActions(p, open)}</td>
                </tr>${this.links[p.id] ? html`<tr><td colspan="5">${this.renderLink(this.links[p.id])}</td></tr>` : nothing}
                ${this.linkLists[p.id] ? html`<tr><td colspan="5">${this.renderLinkList(p, this.linkLists[p.id])}</td></tr>` : nothing}`)}</tbody>
            </table></div>` : html`<p class="muted">${t('trajectory.noPlacements')}</p>`}
        </section>`;
    }

    renderPlacementActions(p, open) {
        if (!may('followTrajectories') || p.status !== 'active') return nothing;
        const type = this.types.find((ty) => ty.id === p.typeId);
        return html`<div class="button-row button-row--compact">
            ${p.offerId && type?.hours.contactPersonConfirms ? html`<button type="button" class="button button--secondary button--small"
                    data-testid="issue-link" @click=${() => this.issueLink(p)}>${t('trajectory.issueLink')}</button>
                <button type="button" class="button button--secondary button--small" data-testid="mail-link"
                    @click=${() => this.issueLink(p, { email: true })}>${t('trajectory.mailLink')}</button>
                <button type="button" class="button button--link" data-testid="show-links" aria-expanded="${this.linkLists[p.id] ? 'true' : 'false'}"
                    @click=${() => (this.linkLists[p.id] ? this.hideLinks(p) : this.showLinks(p))}>${t('trajectory.showLinks')}</button>` : nothing}
            ${open ? html`<button type="button" class="button button--link" data-testid="end-placement"
                    @click=${() => this.endPlacement(p, false)}>${t('trajectory.endPlacement')}</button>` : nothing}
        </div>`;
    }

    renderLinkList(p, links) {
        if (!links.length) return html`<p class="muted" data-testid="link-list">${t('trajectory.noLinks')}</p>`;
        return html`<table class="table table--compact" data-testid="link-list">
            <caption>${t('trajectory.linksOf', { title: p.title })}</caption>
            <thead><tr><th scope="col">${t('trajectory.linkContact')}</th><th scope="col">${t('trajectory.linkMade')}</th>
                <th scope="col">${t('trajectory.linkState')}</th><th scope="col" class="num">${t('trajectory.linkRemaining')}</th>
                <th scope="col"><span class="visually-hidden">${t('trajectory.actions')}</span></th></tr></thead>
            <tbody>${links.map((l) => html`<tr data-link="${l.id}" data-state="${l.state}">
                <td>${l.contactName}${l.emailedTo ? html`<br><span class="muted" data-testid="link-mail">${t('trajectory.linkMailTo', { to: l.emailedTo })}:
                    ${l.mail ? t(`mails.status.${l.mail.status}`) : ''}${l.mail?.lastError ? ` (${l.mail.lastError})` : ''}</span>` : nothing}
                    ${l.reminderOf ? html`<br><span class="badge">${t('trajectory.linkReminder')}</span>` : nothing}</td>
                <td>${formatDateTime(l.createdAt)}<br><span class="muted">${t('trajectory.linkBy', { by: l.createdBy })}</span></td>
                <td>${l.state === 'closed' ? t(`linkClosed.${l.closedReason}`) : t(`linkState.${l.state}`, { at: formatDateTime(l.expiresAt) })}
                    ${l.closedAt ? html`<br><span class="muted">${formatDateTime(l.closedAt)}${l.closedBy ? `, ${l.closedBy}` : ''}</span>` : nothing}</td>
                <td class="num">${l.remaining}</td>
                <td class="actions">${l.state === 'open' && may('followTrajectories') ? html`<button type="button" class="button button--link" data-testid="revoke-link"
                        @click=${() => this.revokeLink(p, l)}>${t('trajectory.revokeLink')}</button>` : nothing}</td>
            </tr>`)}</tbody>
        </table>`;
    }

    renderLink(link) {
        const address = new URL(`#/confirm/${link.token}`, document.baseURI).href;
        return html`${link.mail?.status === 'not-configured' ? html`<div class="alert alert--warning" role="alert" data-testid="mail-not-sent">
                <p>${t('trajectory.linkNotMailed', { to: link.mail.recipient })}</p></div>` : nothing}
            <div class="link-card" data-testid="confirmation-link">
            <img src="${link.qrPath.replace(/^\//, '')}" width="160" height="160" alt="${t('trajectory.qrAlt', { name: link.contactName ?? '' })}">
            <div>
                <p><strong>${t('trajectory.linkFor', { name: link.contactName ?? t('trajectory.contactPerson') })}</strong></p>
                <p>${t('trajectory.linkEntries', { count: link.entries, expires: formatDateTime(link.expiresAt) })}</p>
                <p><a class="mono break" href="${address}" data-testid="confirmation-address">${address}</a></p>
                <p class="muted">${t('trajectory.linkOnce')}</p>
            </div>
        </div>`;
    }

    renderHours(tr, open) {
        const r = this.hours;
        return html`<section class="card" aria-labelledby="hours-title">
            <h2 id="hours-title" class="card__title">${t('trajectory.hourLog')}</h2>
            ${selectField({ id: 'hours-filter', name: 'hours', label: t('trajectory.hoursFilter'), value: this.query.hours ?? '',
                empty: t('trajectory.allHours'), options: HOUR_STATUSES.map((s) => ({ value: s, label: t(`hourStatus.${s}`) })),
                onInput: (v) => { this.query = { ...this.query, hours: v || undefined }; } })}
            ${r.items.length ? html`<div class="table-wrap"><table class="table" data-testid="hours">
                <caption class="visually-hidden">${t('trajectory.hourLog')}</caption>
                <thead><tr>
                    <th scope="col">${t('trajectory.date')}</th><th scope="col" class="num">${t('trajectory.hoursColumn')}</th>
                    <th scope="col">${t('trajectory.placement')}</th><th scope="col">${t('trajectory.hourStatus')}</th>
                    <th scope="col"><span class="visually-hidden">${t('trajectory.actions')}</span></th>
                </tr></thead>
                <tbody>${r.items.map((e) => html`<tr data-entry="${e.id}" data-status="${e.status}">
                    <td>${formatDate(e.date)}${e.recordedAfterwards ? html` <span class="badge" data-testid="recorded-afterwards"
                            title="${t('trajectory.recordedAfterwardsHint')}">${t('trajectory.recordedAfterwards')}</span>` : nothing}
                        ${e.note ? html`<br><span class="muted">${e.note}</span>` : nothing}</td>
                    <td class="num">${hoursText(e.hours)}</td>
                    <td>${this.placements.find((p) => p.id === e.placementId)?.title ?? e.placementId}</td>
                    <td>${t(`hourStatus.${e.status}`)}${e.status === 'lapsed' ? html`<br><span class="muted">${t('trajectory.lapsedWhy', {
                        why: e.decidedBy, at: formatDateTime(e.decidedAt) })}</span>` : e.decidedBy ? html`<br><span class="muted">${t('trajectory.decidedBy', {
                        by: e.decidedBy, as: t(`decidedAs.${e.decidedAs}`), at: formatDateTime(e.decidedAt) })}</span>` : nothing}
                        ${e.rejectionReason ? html`<br><span class="muted">${e.rejectionReason}</span>` : nothing}</td>
                    <td class="actions">${e.status === 'pending' && may('decideHours') && tr.status === 'active' ? html`<div class="button-row button-row--compact">
                        <button type="button" class="button button--secondary button--small" data-testid="confirm-entry" ?disabled=${this.busy}
                                @click=${() => this.decide(e, 'confirm')}>${t('trajectory.confirm')}</button>
                        <button type="button" class="button button--link" data-testid="reject-entry" ?disabled=${this.busy}
                                @click=${() => this.decide(e, 'reject')}>${t('trajectory.reject')}</button>
                    </div>` : nothing}</td>
                </tr>`)}</tbody>
            </table></div>
            ${r.totalItems > r.items.length ? html`<p class="muted">${t('trajectory.moreHours', { shown: r.items.length, total: r.totalItems })}</p>` : nothing}`
            : html`<p class="muted">${t('trajectory.noHours')}</p>`}
            ${may('followTrajectories') && open && this.placements.some((p) => p.status === 'active') ? this.renderHourForm() : nothing}
        </section>`;
    }

    renderHourForm() {
        const f = this.hourForm;
        const label = (field) => t(`trajectory.hourField.${field}`);
        const set = (field) => (v) => { this.hourForm = { ...this.hourForm, [field]: v }; };
        return html`<form class="form form--inline-card" id="hours-form" novalidate @submit=${(e) => this.logHours(e)}>
            <h3>${t('trajectory.logHours')}</h3>
            ${this.hourErrors.size ? summaryOf(this.hourErrors, ['placementId', 'date', 'hours', 'note'], label)
                : this.hourProblem ? problemAlert(this.hourProblem) : nothing}
            <div class="form__row">
                ${selectField({ id: 'placementId', name: 'placementId', label: label('placementId'), required: true, value: f.placementId,
                    error: this.hourError('placementId'), empty: t('users.choose'),
                    options: this.placements.filter((p) => p.status === 'active').map((p) => ({ value: String(p.id), label: p.title })),
                    onInput: set('placementId') })}
                ${textField({ id: 'date', name: 'date', label: label('date'), required: true, value: f.date, error: this.hourError('date'),
                    inputmode: 'numeric', placeholder: t('form.datePlaceholder'), width: 'date', onInput: set('date') })}
                ${textField({ id: 'hours', name: 'hours', label: label('hours'), required: true, value: f.hours, error: this.hourError('hours'),
                    inputmode: 'decimal', width: 'number', hint: t('trajectory.hoursHint'), onInput: set('hours') })}
            </div>
            ${textField({ id: 'note', name: 'note', label: label('note'), value: f.note, error: this.hourError('note'), onInput: set('note') })}
            <div class="form__actions">
                <button class="button button--primary" type="submit" ?disabled=${this.busy} data-testid="log-hours">${t('trajectory.logHoursSubmit')}</button>
            </div>
        </form>`;
    }

    renderPlacementForm() {
        const p = this.placement;
        const type = this.chosenType();
        const buddy = placedWithBuddy(type);
        const fields = typedFields(type);
        const label = (field) => {
            const id = this.placementFieldId(field);
            return fields.find((f) => inputId(f) === id)?.label ?? t(`trajectory.placementField.${{ 'placement-target': buddy ? 'buddyId' : 'offerId',
                'placement-type': 'typeId', 'placement-startDate': 'startDate', 'placement-endDate': 'endDate' }[id] ?? 'typeId'}`);
        };
        return html`<section class="card" id="placement-form" aria-labelledby="new-placement-title">
            <h2 id="new-placement-title" class="card__title">${t('trajectory.newPlacement')}</h2>
            ${this.placementErrors.size ? summaryOf(this.placementErrors, (field) => this.placementFieldId(field), label)
                : this.placementProblem ? problemAlert(this.placementProblem) : nothing}
            <form class="form" novalidate @submit=${(e) => this.addPlacement(e)}>
                ${selectField({ id: 'placement-type', name: 'typeId', label: t('trajectory.placementField.typeId'), required: true,
                    value: p.typeId, error: this.placementError('typeId'), empty: t('users.choose'),
                    options: this.types.map((ty) => ({ value: ty.id, label: ty.label })),
                    onInput: (v) => this.setPlacement({ typeId: v, chosen: null, search: '', matches: null, values: {} }) })}
                ${type ? html`
                    <p class="muted">${type.description}</p>
                    ${lookupField({
                        id: 'placement-target', name: buddy ? 'buddyId' : 'offerId', required: true,
                        label: t(buddy ? 'trajectory.placementField.buddyId' : 'trajectory.placementField.offerId'),
                        hint: t(buddy ? 'trajectory.buddyHint' : 'trajectory.offerHint'),
                        error: this.placementError('offerId', 'buddyId', ...type.fields.filter((f) => f.kind === 'reference').map((f) => `attributes.${f.name}`)),
                        search: p.search, matches: p.matches, chosen: p.chosen,
                        onSearch: (v) => this.searchPlacementTarget(v),
                        onChoose: (id) => this.setPlacement({ chosen: p.matches.find((m) => m.value === id), matches: null }),
                        onClear: () => this.setPlacement({ chosen: null, search: '' }),
                    })}
                    ${fields.map((f) => renderField(f, p.values[f.name], this.placementError(`attributes.${f.name}`,
                            ...(['startDate', 'endDate'].includes(f.name) ? [f.name] : [])),
                        (v) => this.setPlacement({ values: { ...p.values, [f.name]: v } })))}
                    ${fields.some((f) => f.name === 'startDate') ? nothing : html`<div class="form__row">
                        ${textField({ id: 'placement-startDate', name: 'startDate', label: t('trajectory.placementField.startDate'),
                            value: p.startDate, error: this.placementError('startDate'), inputmode: 'numeric', width: 'date',
                            placeholder: t('form.datePlaceholder'), hint: t('trajectory.startDateHint'), onInput: (v) => this.setPlacement({ startDate: v }) })}
                        ${textField({ id: 'placement-endDate', name: 'endDate', label: t('trajectory.placementField.endDate'),
                            value: p.endDate, error: this.placementError('endDate'), inputmode: 'numeric', width: 'date',
                            placeholder: t('form.datePlaceholder'), onInput: (v) => this.setPlacement({ endDate: v }) })}
                    </div>`}
                    <div class="form__actions">
                        <button class="button button--primary" type="submit" ?disabled=${this.busy} data-testid="add-placement">${t('trajectory.addPlacement')}</button>
                    </div>` : nothing}
            </form>
        </section>`;
    }
}

customElements.define('vp-trajectory-page', TrajectoryPage);
