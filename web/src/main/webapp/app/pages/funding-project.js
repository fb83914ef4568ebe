/**
 * One project of a funding call, or a new one (#/funding/projects/new): its facts, status history, extensions and
 * commitments; for administrators the form to change it (If-Match, a 412 keeps what was typed), a status change with
 * date and note, and an extension (new end date, extra amount, decision date). The API checks the call's rules and the
 * lifecycle: a violation shows at its field, a refused transition (409) in an alert.
 */
import { html, nothing } from 'lit';
import { FormPage, errorsOf, problemAlert, summaryOf } from '../form-page.js';
import { api } from '../api.js';
import { formatDate, formatDateTime, formatNumber, wireDate } from '../format.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { loadTrajectoryTypes } from '../trajectory-types.js';
import { breadcrumb, choiceGroup, selectField, textArea, textField } from '../ui.js';
import { projectStatusBadge } from '../badges.js';
import { loadNetworks } from '../choosers.js';
import { awardText, loadCalls } from '../funding.js';
import { amount, euro } from '../money.js';
import { may } from '../permissions.js';

const FIELDS = ['callId', 'leadName', 'leadOrganisationId', 'involvedGovernments', 'municipalityNis', 'networkId', 'name',
    'description', 'expectedResult', 'trajectoryTypeIds', 'requestedAmount', 'ownFinancing', 'award', 'awardedAmount',
    'awardMaximum', 'commitments', 'startDate', 'endDate'];

const money = (v) => (v === null || v === undefined ? '' : formatNumber(v, 2));

function commitmentsText(commitments) {
    return (commitments ?? []).map((c) => `${c.budgetYear}=${formatNumber(c.amount, 2)}`).join(' | ');
}

function commitmentsOf(text) {
    return text.split('|').map((s) => s.trim()).filter((s) => s).map((s) => {
        const [year, value] = s.split('=').map((x) => (x ?? '').trim());
        return { budgetYear: /^\d{4}$/.test(year) ? Number(year) : null, amount: amount(value) };
    });
}

class FundingProjectPage extends FormPage {
    static properties = {
        ...FormPage.properties, calls: { state: true }, networks: { state: true }, types: { state: true },
        change: { state: true }, extension: { state: true }, actionProblem: { state: true }, actionDone: { state: true },
    };

    constructor() {
        super(FIELDS);
        this.calls = null;
        this.networks = null;
        this.types = null;
        this.change = { to: '', decisionDate: '', note: '' };
        this.extension = { endDate: '', extraAmount: '', decisionDate: '', note: '' };
        this.actionProblem = null;
        this.actionDone = null;
    }

    recordPath() {
        return this.params.id === 'new' ? null : `funding/projects/${encodeURIComponent(this.params.id)}`;
    }

    createPath() {
        return 'funding/projects';
    }

    created(project) {
        navigate(`/funding/projects/${project.id}`, { created: 1 });
    }

    async loadContext() {
        const [calls, networks, types] = await Promise.all([this.calls ?? loadCalls(), this.networks ?? loadNetworks(),
            this.types ?? loadTrajectoryTypes()]);
        return () => {
            this.calls = calls;
            this.networks = networks;
            this.types = types;
        };
    }

    formOf(p) {
        const text = (v) => (v === null || v === undefined ? '' : String(v));
        return {
            callId: p ? String(p.callId) : (this.query.call ?? ''), leadName: text(p?.leadName),
            leadOrganisationId: text(p?.leadOrganisationId), involvedGovernments: text(p?.involvedGovernments),
            municipalityNis: (p?.municipalities ?? []).map((m) => m.nisCode).join(', '), networkId: p?.networkId ?? '',
            name: text(p?.name), description: text(p?.description), expectedResult: text(p?.expectedResult),
            trajectoryTypeIds: (p?.trajectoryTypes ?? []).map((ty) => ty.id),
            requestedAmount: money(p?.requestedAmount), ownFinancing: money(p?.ownFinancing),
            award: p?.awardToBeDetermined ? 'tbd' : p?.awardedAmount != null ? 'fixed' : 'none',
            awardedAmount: money(p?.awardedAmount), awardMaximum: money(p?.awardMaximum),
            commitments: commitmentsText(p?.commitments),
            startDate: p?.startDate ? formatDate(p.startDate) : '', endDate: p?.endDate ? formatDate(p.endDate) : '',
        };
    }

    bodyOf(f) {
        const blankToNull = (v) => (v.trim() === '' ? null : v.trim());
        return {
            callId: f.callId ? Number(f.callId) : null, leadName: blankToNull(f.leadName),
            leadOrganisationId: f.leadOrganisationId.trim() ? Number(f.leadOrganisationId) : null,
            involvedGovernments: blankToNull(f.involvedGovernments),
            municipalityNis: f.municipalityNis.split(/[,|\s]+/).filter((s) => s), networkId: f.networkId || null,
            name: f.name, description: blankToNull(f.description), expectedResult: blankToNull(f.expectedResult),
            trajectoryTypeIds: f.trajectoryTypeIds, requestedAmount: amount(f.requestedAmount), ownFinancing: amount(f.ownFinancing),
            awardedAmount: f.award === 'fixed' ? amount(f.awardedAmount) : null, awardToBeDetermined: f.award === 'tbd',
            awardMaximum: f.award === 'tbd' ? amount(f.awardMaximum) : null, commitments: commitmentsOf(f.commitments),
            startDate: wireDate(f.startDate), endDate: wireDate(f.endDate),
        };
    }

    fieldId(field) {
        if (field.startsWith('commitments')) return 'commitments';
        if (field === 'lead') return 'leadName';
        return super.fieldId(field);
    }

    fieldError(field) {
        const prefixes = { commitments: ['commitments'], leadName: ['lead', 'leadName'] }[field];
        if (!prefixes) return super.fieldError(field);
        const messages = [...this.errors].filter(([f]) => prefixes.some((p) => f === p || f.startsWith(`${p}[`)))
            .flatMap(([, v]) => v.map((x) => x.message));
        return messages.length ? messages.join(' ') : undefined;
    }

    label(field) {
        const base = field.startsWith('commitments') ? 'commitments' : field === 'lead' ? 'leadName' : field;
        return t(`fundingProject.field.${base}`);
    }

    pageTitle() {
        return this.isNew() ? t('fundingProject.newTitle') : this.record?.name ?? t('fundingProject.title');
    }

    /** A status change or an extension: POST under the version read; the answer is the project as it is now. */
    async act(path, body, done) {
        this.actionProblem = null;
        this.actionDone = null;
        try {
            const { data, etag } = await api.post(`${this.recordPath()}/${path}`, body, { ifMatch: this.etag });
            this.show(data, etag, { keepInput: false });
            this.change = { to: '', decisionDate: '', note: '' };
            this.extension = { endDate: '', extraAmount: '', decisionDate: '', note: '' };
            this.actionDone = done;
            await this.updateComplete;
            this.querySelector('[data-testid=action-done]')?.focus();
        } catch (error) {
            this.actionProblem = { path, error, errors: errorsOf(error) };
            await this.updateComplete;
            this.querySelector(`[data-testid=${path}-problem] , #${path}-form .error-summary`)?.focus();
        }
    }

    render() {
        const heading = this.isNew() ? t('fundingProject.newTitle') : this.record?.name ?? t('fundingProject.title');
        const crumbs = breadcrumb('#/funding/projects', t('funding/projects.title'), heading);
        if (this.failure) {
            return html`${crumbs}<div class="page-header"><h1 tabindex="-1">${heading}</h1></div>${this.renderFailure()}`;
        }
        if (!this.form || !this.calls || !this.types || (!this.isNew() && !this.record)) {
            return this.renderLoading();
        }
        const p = this.record;
        return html`${crumbs}
            <div class="page-header">
                <h1 tabindex="-1">${heading}</h1>
                ${p ? html`<p class="lead">${p.callReference} · ${p.lead} ${projectStatusBadge(p.status)}</p>` : nothing}
            </div>
            ${this.query.created ? html`<div class="alert alert--success" role="status" data-testid="created">${t('fundingProject.created')}</div>` : ''}
            ${this.actionDone ? html`<div class="alert alert--success" role="status" tabindex="-1" data-testid="action-done">${this.actionDone}</div>` : nothing}
            ${p ? html`<div class="columns">${this.renderFacts(p)}${may('manageFunding') ? this.renderActionsCard(p) : nothing}</div>
                ${this.renderHistory(p)}` : nothing}
            ${may('manageFunding') ? this.renderForm() : nothing}`;
    }

    renderFacts(p) {
        return html`<section class="card" aria-labelledby="facts-title">
            <h2 id="facts-title" class="card__title">${t('fundingProject.facts')}</h2>
            <dl class="facts" data-testid="facts">
                <dt>${t('fundingProject.field.callId')}</dt><dd><a href="#/funding/calls/${p.callId}">${p.callReference}</a> · ${p.callName}</dd>
                <dt>${t('fundingProject.status')}</dt><dd data-testid="status">${t(`projectStatus.${p.status}`)}</dd>
                <dt>${t('fundingProject.field.involvedGovernments')}</dt><dd>${p.involvedGovernments ?? '—'}</dd>
                <dt>${t('fundingProject.field.municipalityNis')}</dt><dd>${p.municipalities.length ? p.municipalities.map((m) => m.name).join(', ') : '—'}</dd>
                <dt>${t('fundingProject.field.networkId')}</dt><dd>${p.networkId ?? '—'}</dd>
                <dt>${t('fundingProject.field.trajectoryTypeIds')}</dt><dd>${p.trajectoryTypes.map((ty) => ty.label).join(', ') || '—'}</dd>
                <dt>${t('fundingProject.field.requestedAmount')}</dt><dd>${euro(p.requestedAmount)}</dd>
                <dt>${t('fundingProject.field.ownFinancing')}</dt><dd>${euro(p.ownFinancing)}</dd>
                <dt>${t('fundingProject.award')}</dt><dd data-testid="award">${awardText(p)}</dd>
                <dt>${t('fundingProject.period')}</dt><dd>${p.startDate ? formatDate(p.startDate) : '—'} – ${p.endDate ? formatDate(p.endDate) : '—'}</dd>
            </dl>
        </section>`;
    }

    renderActionsCard(p) {
        const problem = (path) => {
            const a = this.actionProblem;
            if (!a || a.path !== path) return nothing;
            if (a.error.changedMeanwhile) {
                return html`<div class="alert alert--warning" role="alert" tabindex="-1" data-testid="${path}-problem">
                    <p>${t('form.changedMeanwhile.text')}</p>
                    <button type="button" class="button button--secondary" @click=${() => this.reloadLatest()}>${t('form.changedMeanwhile.reload')}</button>
                </div>`;
            }
            return a.errors.size ? summaryOf(a.errors, () => null, (f) => this.label(f)) : html`<div data-testid="${path}-problem">${problemAlert(a.error)}</div>`;
        };
        const c = this.change;
        const x = this.extension;
        const dateHint = { hint: t('form.dateHint'), placeholder: t('form.datePlaceholder') };
        return html`<section class="card" aria-labelledby="actions-title">
            <h2 id="actions-title" class="card__title">${t('fundingProject.actions')}</h2>
            ${p.nextStatuses.length ? html`<form class="form" id="status-form" novalidate data-testid="status-form"
                    @submit=${(e) => { e.preventDefault(); this.act('status', { to: c.to || null, decisionDate: wireDate(c.decisionDate), note: c.note.trim() || null }, t('fundingProject.statusChanged')); }}>
                <h3 class="card__subtitle">${t('fundingProject.changeStatus')}</h3>
                ${problem('status')}
                ${selectField({ id: 'status-to', name: 'to', label: t('fundingProject.newStatus'), required: true, value: c.to,
                    empty: t('users.choose'), options: p.nextStatuses.map((s) => ({ value: s, label: t(`projectStatus.${s}`) })),
                    onInput: (v) => { this.change = { ...c, to: v }; } })}
                ${textField({ id: 'status-date', name: 'decisionDate', label: t('fundingProject.decisionDate'), value: c.decisionDate, ...dateHint,
                    onInput: (v) => { this.change = { ...this.change, decisionDate: v }; } })}
                ${textArea({ id: 'status-note', name: 'note', label: t('fundingProject.note'), value: c.note, rows: 2,
                    onInput: (v) => { this.change = { ...this.change, note: v }; } })}
                <div class="form__actions"><button class="button button--primary" type="submit" data-testid="change-status">${t('fundingProject.changeStatus')}</button></div>
            </form>` : html`<p class="muted">${t('fundingProject.final')}</p>`}
            ${p.mayExtend ? html`<form class="form" id="extensions-form" novalidate data-testid="extension-form"
                    @submit=${(e) => { e.preventDefault(); this.act('extensions', { endDate: wireDate(x.endDate), extraAmount: amount(x.extraAmount), decisionDate: wireDate(x.decisionDate), note: x.note.trim() || null }, t('fundingProject.extended')); }}>
                <h3 class="card__subtitle">${t('fundingProject.extend')}</h3>
                ${problem('extensions')}
                ${textField({ id: 'extension-end', name: 'endDate', label: t('fundingProject.newEndDate'), required: true, value: x.endDate, ...dateHint,
                    onInput: (v) => { this.extension = { ...this.extension, endDate: v }; } })}
                ${textField({ id: 'extension-amount', name: 'extraAmount', label: t('fundingProject.extraAmount'), required: true, value: x.extraAmount, inputmode: 'decimal',
                    onInput: (v) => { this.extension = { ...this.extension, extraAmount: v }; } })}
                ${textField({ id: 'extension-date', name: 'decisionDate', label: t('fundingProject.decisionDate'), required: true, value: x.decisionDate, ...dateHint,
                    onInput: (v) => { this.extension = { ...this.extension, decisionDate: v }; } })}
                ${textArea({ id: 'extension-note', name: 'note', label: t('fundingProject.note'), value: x.note, rows: 2,
                    onInput: (v) => { this.extension = { ...this.extension, note: v }; } })}
                <div class="form__actions"><button class="button button--secondary" type="submit" data-testid="extend">${t('fundingProject.extend')}</button></div>
            </form>` : nothing}
        </section>`;
    }

    renderHistory(p) {
        return html`<section class="card" aria-labelledby="history-title">
            <h2 id="history-title" class="card__title">${t('fundingProject.history')}</h2>
            <div class="table-wrap"><table class="table" data-testid="history">
                <caption class="visually-hidden">${t('fundingProject.history')}</caption>
                <thead><tr>
                    <th scope="col">${t('fundingProject.decisionDate')}</th><th scope="col">${t('fundingProject.from')}</th>
                    <th scope="col">${t('fundingProject.to')}</th><th scope="col">${t('fundingProject.note')}</th>
                    <th scope="col">${t('fundingProject.recordedBy')}</th>
                </tr></thead>
                <tbody>${p.history.map((h) => html`<tr>
                    <td>${formatDate(h.decisionDate)}</td><td>${h.from ? t(`projectStatus.${h.from}`) : '—'}</td>
                    <td>${t(`projectStatus.${h.to}`)}</td><td>${h.note ?? ''}</td>
                    <td>${h.recordedBy} · ${formatDateTime(h.recordedAt)}</td></tr>`)}</tbody>
            </table></div>
            ${p.extensions.length ? html`<h3 class="card__subtitle">${t('fundingProject.extensions')}</h3>
                <div class="table-wrap"><table class="table" data-testid="extensions">
                    <caption class="visually-hidden">${t('fundingProject.extensions')}</caption>
                    <thead><tr><th scope="col">${t('fundingProject.decisionDate')}</th><th scope="col">${t('fundingProject.previousEnd')}</th>
                        <th scope="col">${t('fundingProject.newEndDate')}</th><th scope="col" class="num">${t('fundingProject.extraAmount')}</th></tr></thead>
                    <tbody>${p.extensions.map((e) => html`<tr><td>${formatDate(e.decisionDate)}</td>
                        <td>${e.previousEndDate ? formatDate(e.previousEndDate) : '—'}</td><td>${formatDate(e.newEndDate)}</td>
                        <td class="num">${euro(e.extraAmount)}</td></tr>`)}</tbody>
                </table></div>` : nothing}
            <h3 class="card__subtitle">${t('fundingProject.field.commitments')}</h3>
            ${p.commitments.length ? html`<div class="table-wrap"><table class="table" data-testid="commitments">
                <caption class="visually-hidden">${t('fundingProject.field.commitments')}</caption>
                <thead><tr><th scope="col">${t('fundingProject.budgetYear')}</th><th scope="col" class="num">${t('fundingProject.amount')}</th></tr></thead>
                <tbody>${p.commitments.map((c) => html`<tr><td>${c.budgetYear}</td><td class="num">${euro(c.amount)}</td></tr>`)}</tbody>
            </table></div>` : html`<p class="muted">${t('fundingProject.noCommitments')}</p>`}
        </section>`;
    }

    renderForm() {
        const f = this.form;
        const error = (field) => this.fieldError(field);
        const label = (field) => this.label(field);
        const text = (id, extra = {}) => textField({ id, name: id, label: label(id), value: f[id], error: error(id),
            onInput: (v) => this.input(id, v), ...extra });
        const dateHint = { hint: t('form.dateHint'), placeholder: t('form.datePlaceholder') };
        return html`<section class="card" id="project-form" aria-labelledby="form-title">
            <h2 id="form-title" class="card__title">${this.isNew() ? t('fundingProject.newForm') : t('fundingProject.edit')}</h2>
            ${this.renderSaveProblem(label)}
            ${this.renderSaved(t('fundingProject.saved'))}
            <form class="form" novalidate @submit=${(e) => this.save(e)}>
                ${selectField({ id: 'callId', name: 'callId', label: label('callId'), required: true, value: f.callId, error: error('callId'),
                    empty: t('users.choose'), options: this.calls.map((c) => ({ value: String(c.id), label: `${c.reference} · ${c.name}` })),
                    onInput: (v) => this.input('callId', v) })}
                ${text('name', { required: true })}
                <div class="form__row">
                    ${text('leadName', { hint: t('fundingProject.hint.leadName') })}
                    ${text('leadOrganisationId', { inputmode: 'numeric', hint: t('fundingProject.hint.leadOrganisationId') })}
                </div>
                ${text('involvedGovernments')}
                <div class="form__row">
                    ${text('municipalityNis', { hint: t('fundingProject.hint.municipalityNis') })}
                    ${selectField({ id: 'networkId', name: 'networkId', label: label('networkId'), value: f.networkId, error: error('networkId'),
                        empty: t('fundingProject.noNetwork'), options: this.networks.map((n) => ({ value: n.id, label: n.name })),
                        onInput: (v) => this.input('networkId', v) })}
                </div>
                ${choiceGroup({ id: 'trajectoryTypeIds', name: 'trajectoryTypeIds', type: 'checkbox', inline: true, label: label('trajectoryTypeIds'),
                    value: f.trajectoryTypeIds, error: error('trajectoryTypeIds'), options: this.types.map((ty) => ({ value: ty.id, label: ty.label })),
                    onInput: (v) => this.input('trajectoryTypeIds', v) })}
                ${textArea({ id: 'description', name: 'description', label: label('description'), value: f.description,
                    error: error('description'), onInput: (v) => this.input('description', v) })}
                ${textArea({ id: 'expectedResult', name: 'expectedResult', label: label('expectedResult'), value: f.expectedResult,
                    error: error('expectedResult'), onInput: (v) => this.input('expectedResult', v) })}
                <div class="form__row">
                    ${text('requestedAmount', { inputmode: 'decimal' })}
                    ${text('ownFinancing', { inputmode: 'decimal' })}
                </div>
                ${choiceGroup({ id: 'award', name: 'award', type: 'radio', inline: true, label: label('award'), value: f.award,
                    options: ['none', 'fixed', 'tbd'].map((v) => ({ value: v, label: t(`fundingProject.awardKind.${v}`) })),
                    onInput: (v) => this.input('award', v) })}
                ${f.award === 'fixed' ? text('awardedAmount', { inputmode: 'decimal', required: true }) : nothing}
                ${f.award === 'tbd' ? text('awardMaximum', { inputmode: 'decimal' }) : nothing}
                ${f.award === 'none' && error('awardedAmount') ? html`<p class="field__error" id="awardedAmount">${error('awardedAmount')}</p>` : nothing}
                ${text('commitments', { hint: t('fundingProject.hint.commitments') })}
                <div class="form__row">
                    ${text('startDate', dateHint)}
                    ${text('endDate', dateHint)}
                </div>
                ${this.renderActions({ createLabel: t('fundingProject.create'), cancelHref: '#/funding/projects' })}
            </form>
        </section>`;
    }
}

customElements.define('vp-funding-project-page', FundingProjectPage);
