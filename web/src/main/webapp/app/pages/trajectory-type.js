/**
 * One trajectory type: what it is, its rules as the API states them, and its placement form rendered from the
 * type's field schema, with a check against the API (POST /trajectory-types/{id}/validate) that shows each violation
 * at its field. Saving a placement comes with the trajectories; this check stores nothing.
 */
import { Page, html } from '../page.js';
import { api } from '../api.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { attributesOf, inputId, renderField } from '../schema-form.js';
import { breadcrumb, errorSummary, violationText } from '../ui.js';

class TrajectoryTypePage extends Page {
    static properties = {
        ...Page.properties,
        type: { state: true },
        values: { state: true },
        errors: { state: true },
        problem: { state: true },
        outcome: { state: true },
        checking: { state: true },
    };

    constructor() {
        super();
        this.values = {};
        this.clearResult();
    }

    clearResult() {
        this.errors = new Map();
        this.problem = null;
        this.outcome = null;
    }

    willUpdate(changed) {
        if (changed.has('params') && this.type && this.type.id !== this.params.id) {
            this.type = null;
            this.values = {}; // another type's form starts empty
            this.clearResult();
        }
        super.willUpdate(changed);
    }

    async load() {
        const type = await api.get(`trajectory-types/${encodeURIComponent(this.params.id)}`);
        return () => { this.type = type; };
    }

    languageChanged() {
        // The API's labels and messages come in the other language now; what was typed stays.
        this.clearResult();
        super.languageChanged();
    }

    pageTitle() {
        return this.type?.label ?? t('trajectoryType.title');
    }

    input(name, value) {
        this.values = { ...this.values, [name]: value };
        this.outcome = null;
    }

    async check(event) {
        event.preventDefault();
        this.checking = true;
        this.clearResult();
        try {
            const { data } = await api.post(`trajectory-types/${encodeURIComponent(this.type.id)}/validate`,
                attributesOf(this.type.fields, this.values));
            this.outcome = data;
            await this.updateComplete;
            this.querySelector('[data-testid="check-passed"]')?.focus();
        } catch (error) {
            this.problem = error;
            this.errors = error.byField ? error.byField() : new Map();
            await this.updateComplete;
            this.querySelector('.error-summary, .alert--error')?.focus();
        } finally {
            this.checking = false;
        }
    }

    render() {
        if (this.failure) {
            return html`${this.renderBreadcrumb()}<div class="page-header"><h1 tabindex="-1">${t('trajectoryType.title')}</h1></div>${this.renderFailure()}`;
        }
        if (!this.type) {
            return this.renderLoading();
        }
        const type = this.type;
        return html`
            ${this.renderBreadcrumb()}
            <div class="page-header">
                <h1 tabindex="-1">${type.label}</h1>
                <p class="lead">${type.description}</p>
            </div>
            <div class="columns columns--aside">
                ${this.renderForm()}
                <section class="card" aria-labelledby="rules-title">
                    <h2 id="rules-title" class="card__title">${t('trajectoryType.rules')}</h2>
                    <dl class="facts facts--stacked">
                        <dt>${t('trajectoryType.audience')}</dt><dd>${type.suitability.audience}</dd>
                        <dt>${t('trajectoryType.minimumDutchLevel')}</dt><dd>${type.suitability.minimumDutchLevel}</dd>
                        <dt>${t('trajectoryType.maxHoursPerDay')}</dt><dd>${t('common.hours', { hours: formatNumber(type.hours.maxHoursPerDay) })}</dd>
                        <dt>${t('trajectoryType.step')}</dt><dd>${t('common.hours', { hours: formatNumber(type.hours.step) })}</dd>
                        <dt>${t('trajectoryType.confirmedBy')}</dt>
                        <dd>${type.hours.contactPersonConfirms ? t('trajectoryType.confirmedBy.contactPerson') : t('trajectoryType.confirmedBy.counsellor')}</dd>
                        <dt>${t('trajectoryType.reportingCategories')}</dt>
                        <dd><ul class="plain-list">${type.reportingCategories.map((c) => html`<li>${c.label}</li>`)}</ul></dd>
                    </dl>
                </section>
            </div>`;
    }

    renderBreadcrumb() {
        return breadcrumb('#/trajectory-types', t('nav.trajectoryTypes'), this.type?.label ?? this.params.id);
    }

    renderForm() {
        const fields = this.type.fields;
        const known = new Set(fields.map((f) => f.name));
        const labelOf = (name) => fields.find((f) => f.name === name)?.label;
        const summaryItems = [...this.errors.entries()].flatMap(([name, violations]) => violations.map((v) => ({
            id: known.has(name) ? inputId({ name }) : null,
            label: labelOf(name) ?? null,
            message: violationText(v),
        })));
        return html`<section class="card" aria-labelledby="form-title">
            <h2 id="form-title" class="card__title">${t('trajectoryType.form')}</h2>
            <p class="muted">${t('trajectoryType.formExplanation')}</p>
            ${summaryItems.length ? errorSummary(t('form.errorSummary'), summaryItems) : ''}
            ${this.problem && !summaryItems.length ? html`<div class="alert alert--error" role="alert" tabindex="-1">
                <p>${this.problem.unreachable ? t('error.unreachable') : this.problem.detail || this.problem.message}</p></div>` : ''}
            ${this.outcome ? html`<div class="alert alert--success" role="status" tabindex="-1" data-testid="check-passed">
                ${t('trajectoryType.checkPassed', { category: this.outcome.reportingCategory.label })}</div>` : ''}
            <form class="form" novalidate @submit=${(e) => this.check(e)} data-testid="placement-form">
                ${fields.map((field) => renderField(field, this.values[field.name],
                    this.errors.get(field.name)?.map(violationText).join(' '), (value) => this.input(field.name, value)))}
                <div class="form__actions">
                    <button class="button button--primary" type="submit" ?disabled=${this.checking} data-testid="check">
                        ${this.checking ? t('trajectoryType.checking') : t('trajectoryType.check')}
                    </button>
                </div>
            </form>
        </section>`;
    }
}

customElements.define('vp-trajectory-type-page', TrajectoryTypePage);
