/**
 * One municipality and its membership of its network. The form sends the version it read (If-Match): when somebody
 * else saved in between, the API refuses (412) and the page says so, keeping what was typed.
 */
import { Page, html } from '../page.js';
import { api } from '../api.js';
import { formatDate, parseDate } from '../format.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { errorSummary, textField, violationText } from '../ui.js';
import { membershipBadge, provinceName } from './municipalities.js';

const FIELDS = ['participatingFrom', 'participatingUntil'];

class MunicipalityPage extends Page {
    static properties = {
        ...Page.properties,
        municipality: { state: true },
        form: { state: true },
        errors: { state: true },
        problem: { state: true },
        saving: { state: true },
        saved: { state: true },
    };

    constructor() {
        super();
        this.reset();
    }

    reset() {
        this.municipality = null;
        this.etag = null;
        this.form = null;
        this.errors = new Map();
        this.problem = null;
        this.saved = false;
        this.saving = false;
    }

    willUpdate(changed) {
        if (changed.has('params') && this.municipality && this.municipality.nisCode !== this.params.nis) {
            this.reset(); // another municipality: nothing of the previous one's form may stay
        }
        super.willUpdate(changed);
    }

    async load() {
        const { data, etag } = await api.getVersioned(`municipalities/${encodeURIComponent(this.params.nis)}`);
        return () => this.show(data, etag, { keepInput: this.form !== null });
    }

    /** Shows what the server holds; the form takes it over unless the user's typing must be kept. */
    show(municipality, etag, { keepInput }) {
        this.municipality = municipality;
        this.etag = etag;
        if (!keepInput) {
            this.form = formOf(municipality);
        }
    }

    pageTitle() {
        return this.municipality?.name ?? t('municipality.title');
    }

    input(field, value) {
        this.form = { ...this.form, [field]: value };
        this.saved = false;
    }

    async save(event) {
        event.preventDefault();
        this.saving = true;
        this.saved = false;
        try {
            const { data, etag } = await api.put(`municipalities/${this.municipality.nisCode}/membership`, {
                participatingFrom: wireDate(this.form.participatingFrom),
                participatingUntil: wireDate(this.form.participatingUntil),
            }, { ifMatch: this.etag });
            this.show(data, etag, { keepInput: false });
            this.errors = new Map();
            this.problem = null;
            this.saved = true;
            await this.updateComplete;
            this.querySelector('[data-testid="saved"]')?.focus();
        } catch (error) {
            this.errors = error.byField ? error.byField() : new Map();
            this.problem = error;
            await this.updateComplete;
            this.querySelector('.error-summary, .alert--error, .alert--warning')?.focus();
        } finally {
            this.saving = false;
        }
    }

    /** After a 412: fetch the newest version and its ETag, keep the typed values, so the user decides again. */
    async reloadLatest() {
        const { data, etag } = await api.getVersioned(`municipalities/${this.municipality.nisCode}`);
        this.show(data, etag, { keepInput: true });
        this.problem = null;
        this.errors = new Map();
        await this.updateComplete;
        this.querySelector('#participatingFrom')?.focus();
    }

    undo() {
        this.form = formOf(this.municipality);
        this.errors = new Map();
        this.problem = null;
        this.saved = false;
    }

    render() {
        if (this.failure) {
            return html`${this.renderBreadcrumb()}<div class="page-header"><h1 tabindex="-1">${t('municipality.title')}</h1></div>${this.renderFailure()}`;
        }
        if (!this.municipality) {
            return this.renderLoading();
        }
        const m = this.municipality;
        return html`
            ${this.renderBreadcrumb()}
            <div class="page-header">
                <h1 tabindex="-1">${m.name}</h1>
                <p class="lead">${membershipBadge(m.membership)}</p>
            </div>
            <div class="columns">
                <section class="card" aria-labelledby="facts-title">
                    <h2 id="facts-title" class="card__title">${t('municipality.facts')}</h2>
                    <dl class="facts">
                        <dt>${t('municipality.nisCode')}</dt><dd class="mono">${m.nisCode}</dd>
                        <dt>${t('municipality.region')}</dt><dd>${t(`region.${m.region}`)}</dd>
                        <dt>${t('municipality.province')}</dt><dd>${m.province ? provinceName(m) : '—'}</dd>
                        <dt>${t('municipality.referenceRegion')}</dt><dd>${m.referenceRegionName ?? '—'}</dd>
                        <dt>${t('municipality.network')}</dt>
                        <dd><a href="${href('/municipalities', { network: m.network.id })}">${m.network.name}</a></dd>
                    </dl>
                </section>
                ${this.renderMembership()}
            </div>`;
    }

    renderBreadcrumb() {
        return html`<nav class="breadcrumb" aria-label="${t('breadcrumb.label')}">
            <ol><li><a href="#/municipalities">${t('nav.municipalities')}</a></li>
                <li aria-current="page">${this.municipality?.name ?? this.params.nis}</li></ol>
        </nav>`;
    }

    renderMembership() {
        const m = this.municipality.membership;
        const error = (field) => this.errors.get(field)?.map(violationText).join(' ');
        const label = (field) => t(`membership.field.${field}`);
        const summaryItems = [...this.errors.entries()].flatMap(([field, violations]) => violations.map((v) => ({
            id: FIELDS.includes(field) ? field : null,
            label: FIELDS.includes(field) ? label(field) : null,
            message: violationText(v),
        })));
        return html`<section class="card" aria-labelledby="membership-title">
            <h2 id="membership-title" class="card__title">${t('membership.title')}</h2>
            <p class="muted">${t('membership.explanation', { network: this.municipality.network.name })}</p>
            <p data-testid="membership-current">${m.participatingFrom
                ? t('membership.current', { from: formatDate(m.participatingFrom), until: m.participatingUntil ? formatDate(m.participatingUntil) : t('membership.openEnded') })
                : t('membership.currentNone')}</p>
            ${this.renderProblem(summaryItems)}
            ${this.saved ? html`<div class="alert alert--success" role="status" tabindex="-1" data-testid="saved">${t('membership.saved')}</div>` : ''}
            <form class="form" novalidate @submit=${(e) => this.save(e)}>
                <div class="form__row">
                    ${textField({
                        id: 'participatingFrom', name: 'participatingFrom', label: label('participatingFrom'),
                        hint: t('form.dateHint'), value: this.form.participatingFrom, error: error('participatingFrom'),
                        inputmode: 'numeric', placeholder: t('form.datePlaceholder'), width: 'date',
                        onInput: (v) => this.input('participatingFrom', v),
                    })}
                    ${textField({
                        id: 'participatingUntil', name: 'participatingUntil', label: label('participatingUntil'),
                        hint: t('membership.untilHint'), value: this.form.participatingUntil, error: error('participatingUntil'),
                        inputmode: 'numeric', placeholder: t('form.datePlaceholder'), width: 'date',
                        onInput: (v) => this.input('participatingUntil', v),
                    })}
                </div>
                <div class="form__actions">
                    <button class="button button--primary" type="submit" ?disabled=${this.saving} data-testid="save">
                        ${this.saving ? t('common.saving') : t('common.save')}
                    </button>
                    <button class="button button--secondary" type="button" @click=${() => this.undo()}>${t('common.undo')}</button>
                </div>
            </form>
        </section>`;
    }

    renderProblem(summaryItems) {
        const p = this.problem;
        if (!p) return '';
        if (p.changedMeanwhile) {
            return html`<div class="alert alert--warning" role="alert" tabindex="-1" data-testid="changed-meanwhile">
                <h3 class="alert__title">${t('membership.changedMeanwhile.title')}</h3>
                <p>${t('membership.changedMeanwhile.text')}</p>
                <button type="button" class="button button--secondary" @click=${() => this.reloadLatest()}>${t('membership.changedMeanwhile.reload')}</button>
            </div>`;
        }
        if (summaryItems.length) {
            return errorSummary(t('form.errorSummary'), summaryItems);
        }
        return html`<div class="alert alert--error" role="alert" tabindex="-1">
            <p>${p.unreachable ? t('error.unreachable') : p.detail || p.title || p.message}</p>
        </div>`;
    }
}

function formOf(municipality) {
    return {
        participatingFrom: formatDate(municipality.membership.participatingFrom),
        participatingUntil: formatDate(municipality.membership.participatingUntil),
    };
}

/** What the API gets for a typed date: ISO when it reads as a date, the text itself otherwise (for the API to name). */
function wireDate(text) {
    const value = (text ?? '').trim();
    return value === '' ? null : parseDate(value) ?? value;
}

customElements.define('vp-municipality-page', MunicipalityPage);
