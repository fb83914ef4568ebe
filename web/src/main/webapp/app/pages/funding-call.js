/**
 * One funding call, or a new one (#/funding/calls/new): its facts and, for administrators, a form. The funders are
 * typed as "AMIF 50 | VVSG 50"; the API checks that the shares add up to 100. Changing sends the version read
 * (If-Match); a 412 keeps what was typed (FormPage).
 */
import { html, nothing } from 'lit';
import { FormPage } from '../form-page.js';
import { formatDate, formatNumber, parseNumber, wireDate } from '../format.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { breadcrumb, selectField, textArea, textField } from '../ui.js';
import { CALL_KINDS } from '../funding.js';
import { amount, euro } from '../money.js';
import { may } from '../permissions.js';

const FIELDS = ['reference', 'name', 'kind', 'funders', 'totalBudget', 'maxPerProject', 'minOwnFinancingPercent',
    'eligibleApplicants', 'startFrom', 'startUntil', 'durationMonths', 'description'];

function funderText(funders) {
    return (funders ?? []).map((f) => `${f.funder} ${formatNumber(f.sharePercent)}`).join(' | ');
}

function fundersOf(text) {
    return text.split('|').map((s) => s.trim()).filter((s) => s).map((s) => {
        const m = /^(.+?)\s+([\d.,]+)\s*%?$/.exec(s);
        return m ? { funder: m[1], sharePercent: parseNumber(m[2]) } : { funder: s, sharePercent: null };
    });
}

class FundingCallPage extends FormPage {
    constructor() {
        super(FIELDS);
    }

    recordPath() {
        return this.params.id === 'new' ? null : `funding/calls/${encodeURIComponent(this.params.id)}`;
    }

    createPath() {
        return 'funding/calls';
    }

    created(call) {
        navigate(`/funding/calls/${call.id}`, { created: 1 });
    }

    formOf(c) {
        const text = (v) => (v === null || v === undefined ? '' : String(v));
        return {
            reference: text(c?.reference), name: text(c?.name), kind: c?.kind ?? '', funders: funderText(c?.funders),
            totalBudget: c ? formatNumber(c.totalBudget, 2) : '', maxPerProject: c?.maxPerProject != null ? formatNumber(c.maxPerProject, 2) : '',
            minOwnFinancingPercent: c?.minOwnFinancingPercent != null ? formatNumber(c.minOwnFinancingPercent) : '',
            eligibleApplicants: text(c?.eligibleApplicants), startFrom: c?.startFrom ? formatDate(c.startFrom) : '',
            startUntil: c?.startUntil ? formatDate(c.startUntil) : '', durationMonths: text(c?.durationMonths),
            description: text(c?.description),
        };
    }

    bodyOf(f) {
        const blankToNull = (v) => (v.trim() === '' ? null : v.trim());
        return {
            reference: f.reference, name: f.name, kind: f.kind || null, funders: fundersOf(f.funders),
            totalBudget: amount(f.totalBudget), maxPerProject: amount(f.maxPerProject),
            minOwnFinancingPercent: amount(f.minOwnFinancingPercent), eligibleApplicants: blankToNull(f.eligibleApplicants),
            startFrom: wireDate(f.startFrom), startUntil: wireDate(f.startUntil),
            durationMonths: f.durationMonths.trim() === '' ? null : Number(f.durationMonths), description: blankToNull(f.description),
        };
    }

    /** 'funders[1].sharePercent' is the funders field. */
    fieldId(field) {
        return field.startsWith('funders') ? 'funders' : super.fieldId(field);
    }

    fieldError(field) {
        if (field !== 'funders') return super.fieldError(field);
        const messages = [...this.errors].filter(([f]) => f.startsWith('funders')).flatMap(([, v]) => v.map((x) => x.message));
        return messages.length ? messages.join(' ') : undefined;
    }

    pageTitle() {
        return this.isNew() ? t('fundingCall.newTitle') : this.record?.reference ?? t('fundingCall.title');
    }

    render() {
        const heading = this.isNew() ? t('fundingCall.newTitle') : this.record ? `${this.record.reference}` : t('fundingCall.title');
        const crumbs = breadcrumb('#/funding/calls', t('nav.funding'), heading);
        if (this.failure) {
            return html`${crumbs}<div class="page-header"><h1 tabindex="-1">${heading}</h1></div>${this.renderFailure()}`;
        }
        if (!this.form || (!this.isNew() && !this.record)) {
            return this.renderLoading();
        }
        const c = this.record;
        return html`${crumbs}
            <div class="page-header">
                <h1 tabindex="-1">${heading}</h1>
                ${c ? html`<p class="lead">${c.name} · ${t(`callKind.${c.kind}`)}</p>` : nothing}
            </div>
            ${this.query.created ? html`<div class="alert alert--success" role="status" data-testid="created">${t('fundingCall.created')}</div>` : ''}
            <div class="columns">
                ${c ? this.renderFacts(c) : nothing}
                ${may('manageFunding') ? this.renderForm() : nothing}
            </div>`;
    }

    renderFacts(c) {
        return html`<section class="card" aria-labelledby="facts-title">
            <h2 id="facts-title" class="card__title">${t('fundingCall.facts')}</h2>
            <dl class="facts" data-testid="facts">
                <dt>${t('fundingCall.field.funders')}</dt><dd>${c.funders.map((f) => `${f.funder} ${formatNumber(f.sharePercent)} %`).join(', ')}</dd>
                <dt>${t('fundingCall.field.totalBudget')}</dt><dd>${euro(c.totalBudget)}</dd>
                <dt>${t('fundingCall.field.maxPerProject')}</dt><dd>${euro(c.maxPerProject)}</dd>
                <dt>${t('fundingCall.field.minOwnFinancingPercent')}</dt><dd>${c.minOwnFinancingPercent != null ? `${formatNumber(c.minOwnFinancingPercent)} %` : '—'}</dd>
                <dt>${t('fundingCall.field.eligibleApplicants')}</dt><dd>${c.eligibleApplicants ?? '—'}</dd>
                <dt>${t('fundingCall.startWindow')}</dt><dd>${c.startFrom ? formatDate(c.startFrom) : '—'} – ${c.startUntil ? formatDate(c.startUntil) : '—'}</dd>
                <dt>${t('fundingCall.field.durationMonths')}</dt><dd>${c.durationMonths ?? '—'}</dd>
            </dl>
            <p><a href="#/funding/projects?call=${c.id}" data-testid="call-projects">${t('fundingCall.projects')}</a></p>
        </section>`;
    }

    renderForm() {
        const f = this.form;
        const error = (field) => this.fieldError(field);
        const label = (field) => t(`fundingCall.field.${field.startsWith('funders') ? 'funders' : field}`);
        const text = (id, extra = {}) => textField({ id, name: id, label: label(id), value: f[id], error: error(id),
            onInput: (v) => this.input(id, v), ...extra });
        return html`<section class="card" id="call-form" aria-labelledby="form-title">
            <h2 id="form-title" class="card__title">${this.isNew() ? t('fundingCall.newForm') : t('fundingCall.edit')}</h2>
            ${this.renderSaveProblem(label)}
            ${this.renderSaved(t('fundingCall.saved'))}
            <form class="form" novalidate @submit=${(e) => this.save(e)}>
                ${text('reference', { required: true, hint: t('fundingCall.hint.reference') })}
                ${text('name', { required: true })}
                ${selectField({ id: 'kind', name: 'kind', label: label('kind'), required: true, value: f.kind, error: error('kind'),
                    empty: t('users.choose'), options: CALL_KINDS.map((k) => ({ value: k, label: t(`callKind.${k}`) })),
                    onInput: (v) => this.input('kind', v) })}
                ${text('funders', { required: true, hint: t('fundingCall.hint.funders') })}
                <div class="form__row">
                    ${text('totalBudget', { required: true, inputmode: 'decimal' })}
                    ${text('maxPerProject', { inputmode: 'decimal' })}
                    ${text('minOwnFinancingPercent', { inputmode: 'decimal' })}
                </div>
                ${textArea({ id: 'eligibleApplicants', name: 'eligibleApplicants', label: label('eligibleApplicants'),
                    value: f.eligibleApplicants, error: error('eligibleApplicants'), rows: 2, onInput: (v) => this.input('eligibleApplicants', v) })}
                <div class="form__row">
                    ${text('startFrom', { hint: t('form.dateHint'), placeholder: t('form.datePlaceholder') })}
                    ${text('startUntil', { hint: t('form.dateHint'), placeholder: t('form.datePlaceholder') })}
                    ${text('durationMonths', { inputmode: 'numeric' })}
                </div>
                ${textArea({ id: 'description', name: 'description', label: label('description'), value: f.description,
                    error: error('description'), onInput: (v) => this.input('description', v) })}
                ${this.renderActions({ createLabel: t('fundingCall.create'), cancelHref: '#/funding/calls' })}
            </form>
        </section>`;
    }
}

customElements.define('vp-funding-call-page', FundingCallPage);
