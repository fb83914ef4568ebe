/**
 * The regional allocation (#/funding/allocations): the saved allocations, and for administrators a form that divides
 * an amount over the 18 networks by weighted criteria (participating municipalities on a reference date, inhabitants
 * and first integration contracts of a year) with an optional cap; "Bereken" shows the whole calculation without
 * saving it (POST with save=false), "Bewaar" stores it (save=true) and opens it. The API refuses bad input at the
 * field; those messages land at the fields and in a summary above the form.
 */
import { Page, html } from '../page.js';
import { api } from '../api.js';
import { formatDate, formatDateTime, formatNumber, parseNumber, wireDate } from '../format.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { errorSummary, pager, textField, violationText } from '../ui.js';
import { allocationTable, allocationTerms, CRITERIA } from '../allocation-table.js';
import { may } from '../permissions.js';

const PATH = '/funding/allocations';

/** A number as typed ('322.000,00') for the API: the number when it reads as one, the text otherwise. */
function wireNumber(text) {
    const value = (text ?? '').trim();
    return value === '' ? null : parseNumber(value) ?? value;
}

function today() {
    return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());
}

class AllocationsPage extends Page {
    static properties = {
        ...Page.properties, list: { state: true }, form: { state: true }, result: { state: true },
        errors: { state: true }, problem: { state: true }, busy: { state: true },
    };

    constructor() {
        super();
        const year = String(new Date().getFullYear() - 1);
        this.form = {
            name: '', callReference: '', amount: '', cap: '', referenceDate: formatDate(today()),
            weights: { 'participating-municipalities': '1', inhabitants: '1', 'first-integration-contracts': '1' },
            years: { inhabitants: year, 'first-integration-contracts': year },
        };
        this.result = null;
        this.errors = new Map();
        this.problem = null;
        this.busy = false;
    }

    async load() {
        const page = Math.max(0, (Number(this.query.page) || 1) - 1);
        const list = await api.get('funding/allocations', { page, size: 20 });
        return () => { this.list = list; };
    }

    pageTitle() {
        return t('allocations.title');
    }

    set(field, value) {
        this.form = { ...this.form, [field]: value };
    }

    setIn(group, code, value) {
        this.form = { ...this.form, [group]: { ...this.form[group], [code]: value } };
    }

    body(save) {
        const f = this.form;
        return {
            name: f.name, callReference: f.callReference || null, amount: wireNumber(f.amount), cap: wireNumber(f.cap),
            referenceDate: wireDate(f.referenceDate),
            criteria: CRITERIA.map((c) => ({
                criterion: c.code, weight: wireNumber(f.weights[c.code]) ?? 0,
                year: c.year ? wireNumber(f.years[c.code]) : null,
            })),
            save,
        };
    }

    async submit(event, save) {
        event?.preventDefault();
        this.busy = true;
        this.problem = null;
        try {
            const { data } = await api.post('funding/allocations', this.body(save));
            this.errors = new Map();
            if (save) {
                navigate(`${PATH}/${data.id}`);
                return;
            }
            this.result = data;
        } catch (error) {
            this.result = null;
            this.errors = error.violations?.length ? error.byField() : new Map();
            this.problem = error.violations?.length ? null : error;
            await this.updateComplete;
            this.querySelector('.error-summary, .alert')?.focus();
        } finally {
            this.busy = false;
        }
    }

    /** The first message for a field of the API ('amount', 'criteria[1].year'). */
    error(field) {
        const found = this.errors.get(field);
        return found?.length ? violationText(found[0]) : '';
    }

    /** The form id a violation's field leads to. */
    fieldId(field) {
        const m = /^criteria\[(\d+)]\.(weight|year)$/.exec(field);
        if (m) {
            return `allocation-${m[2]}-${CRITERIA[Number(m[1])]?.code}`;
        }
        return field === 'criteria' ? `allocation-weight-${CRITERIA[0].code}` : `allocation-${field}`;
    }

    render() {
        return html`
            <div class="page-header">
                <h1 tabindex="-1">${t('allocations.title')}</h1>
                <p class="lead">${t('allocations.lead')}</p>
            </div>
            ${may('calculateAllocations') ? this.renderForm() : ''}
            ${this.result ? this.renderResult() : ''}
            ${this.renderList()}`;
    }

    renderForm() {
        const f = this.form;
        const summary = [...this.errors.entries()].map(([field, list]) => ({
            id: this.fieldId(field), label: '', message: violationText(list[0]),
        }));
        return html`<section class="card" aria-labelledby="allocation-form-title">
            <h2 class="card__title" id="allocation-form-title">${t('allocations.form.title')}</h2>
            ${summary.length ? errorSummary(t('form.errorSummary'), summary) : ''}
            ${this.problem ? html`<div class="alert alert--error" role="alert" tabindex="-1"><p>${this.problem.detail || this.problem.message}</p></div>` : ''}
            <form class="form" novalidate data-testid="allocation-form" @submit=${(e) => this.submit(e, false)}>
                <div class="form__row">
                    ${textField({ id: 'allocation-name', name: 'name', label: t('allocation.name'), value: f.name, required: true,
                        error: this.error('name'), onInput: (v) => this.set('name', v) })}
                    ${textField({ id: 'allocation-callReference', name: 'callReference', label: t('allocation.callReference'),
                        value: f.callReference, hint: t('allocation.callReferenceHint'), error: this.error('callReference'),
                        onInput: (v) => this.set('callReference', v) })}
                </div>
                <div class="form__row">
                    ${textField({ id: 'allocation-amount', name: 'amount', label: t('allocation.amountEuro'), value: f.amount, required: true,
                        inputmode: 'decimal', placeholder: '5.796.000,00', error: this.error('amount'),
                        onInput: (v) => this.set('amount', v) })}
                    ${textField({ id: 'allocation-cap', name: 'cap', label: t('allocation.capEuro'), value: f.cap,
                        inputmode: 'decimal', placeholder: '322.000,00', hint: t('allocation.capHint'),
                        error: this.error('cap'), onInput: (v) => this.set('cap', v) })}
                    ${textField({ id: 'allocation-referenceDate', name: 'referenceDate', label: t('allocation.referenceDate'),
                        value: f.referenceDate, required: true, hint: t('allocation.referenceDateHint'),
                        error: this.error('referenceDate'), onInput: (v) => this.set('referenceDate', v) })}
                </div>
                <fieldset class="fieldset">
                    <legend class="field__label">${t('allocation.weights')}</legend>
                    <p class="field__hint">${t('allocation.weightsHint')}</p>
                    ${this.error('criteria') ? html`<p class="field__error" id="allocation-criteria-error">${this.error('criteria')}</p>` : ''}
                    ${CRITERIA.map((c, i) => html`<div class="form__row" data-criterion="${c.code}">
                        ${textField({ id: `allocation-weight-${c.code}`, name: `weight-${c.code}`,
                            label: t('allocation.weightOf', { criterion: t(`allocation.criterion.${c.code}`) }),
                            value: f.weights[c.code], inputmode: 'decimal', width: 'small',
                            error: this.error(`criteria[${i}].weight`), onInput: (v) => this.setIn('weights', c.code, v) })}
                        ${c.year ? textField({ id: `allocation-year-${c.code}`, name: `year-${c.code}`,
                            label: t('allocation.yearOf', { criterion: t(`allocation.criterion.${c.code}`) }),
                            value: f.years[c.code], inputmode: 'numeric', width: 'small',
                            error: this.error(`criteria[${i}].year`), onInput: (v) => this.setIn('years', c.code, v) }) : ''}
                    </div>`)}
                </fieldset>
                <div class="form__actions">
                    <button class="button button--primary" type="submit" ?disabled=${this.busy} data-testid="calculate">${t('allocations.calculate')}</button>
                    <button class="button button--secondary" type="button" ?disabled=${this.busy} data-testid="save"
                            @click=${(e) => this.submit(e, true)}>${t('allocations.save')}</button>
                </div>
            </form>
        </section>`;
    }

    renderResult() {
        return html`<section aria-labelledby="allocation-preview-title" data-testid="allocation-preview">
            <h2 id="allocation-preview-title">${t('allocations.preview')}</h2>
            <p class="muted">${t('allocations.previewNotSaved')}</p>
            ${allocationTerms(this.result)}
            ${allocationTable(this.result)}
        </section>`;
    }

    renderList() {
        if (this.failure) {
            return this.renderFailure();
        }
        if (!this.list) {
            return this.renderLoading();
        }
        const r = this.list;
        return html`<section class="card card--flush" aria-labelledby="allocations-saved-title">
            <h2 class="card__title" id="allocations-saved-title">${t('allocations.saved', { count: r.totalItems, formatted: formatNumber(r.totalItems) })}</h2>
            ${r.items.length ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="allocations-saved-title"><table class="table" data-testid="allocations">
                <caption class="visually-hidden">${t('allocations.caption')}</caption>
                <thead><tr>
                    <th scope="col">${t('allocation.name')}</th>
                    <th scope="col">${t('allocation.callReference')}</th>
                    <th scope="col" class="num">${t('allocation.amount')}</th>
                    <th scope="col" class="num">${t('allocation.cap')}</th>
                    <th scope="col">${t('allocation.referenceDate')}</th>
                    <th scope="col">${t('allocations.createdAt')}</th>
                </tr></thead>
                <tbody>${r.items.map((a) => html`<tr data-allocation="${a.id}">
                    <th scope="row"><a href="#${PATH}/${a.id}">${a.name}</a></th>
                    <td>${a.callReference ?? ''}</td>
                    <td class="num">€ ${formatNumber(a.amount, 2)}</td>
                    <td class="num">${a.cap ? `€ ${formatNumber(a.cap, 2)}` : ''}</td>
                    <td>${formatDate(a.referenceDate)}</td>
                    <td>${formatDateTime(a.createdAt)}</td>
                </tr>`)}</tbody>
            </table></div>` : html`<p class="empty">${t('allocations.none')}</p>`}
            ${pager(r, (n) => navigate(PATH, { page: n > 1 ? n : undefined }))}
        </section>`;
    }
}

customElements.define('vp-allocations-page', AllocationsPage);
