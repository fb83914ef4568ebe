/**
 * What every page shares that creates or changes one record through a form, on top of Page:
 *
 * - the record as the server holds it (`record`, with its ETag) and the form as the user typed it (`form`), kept apart
 *   so that nothing typed is lost: a refused save, a language switch or a reload keep the form;
 * - save(): POST for a new record, PUT with If-Match (the version read) for an existing one; the API's field
 *   violations land at the fields and in a summary above the form, any other refusal in an alert;
 * - a 412 (somebody else saved in between): nothing is overwritten; the page says so and offers to fetch the newest
 *   version while keeping what was typed (reloadLatest()); undo() puts the server's values back in the form.
 *
 * A subclass implements recordPath() (null for a new record), formOf(record) (the form for a record, or for null),
 * bodyOf(form), and for a new record createPath() and created(record) (usually navigating to the new record). It may
 * override savePath() (when changes go to a sub-resource), loadContext() (lists the form needs, e.g. networks) and
 * firstField (the id focused after a reload). It renders with renderSaveProblem(label), renderSaved(text) and
 * renderActions().
 */
import { html, nothing } from 'lit';
import { Page } from './page.js';
import { api } from './api.js';
import { t } from './i18n.js';
import { errorSummary, violationText } from './ui.js';

export class FormPage extends Page {
    static properties = {
        ...Page.properties,
        record: { state: true },
        form: { state: true },
        errors: { state: true },
        problem: { state: true },
        saving: { state: true },
        saved: { state: true },
    };

    /** @param {string[]} fields the form's field names (ids): violations of these link to their field */
    constructor(fields) {
        super();
        this.fields = fields;
        this.firstField = fields[0];
        this.reset();
    }

    reset() {
        this.record = null;
        this.etag = null;
        this.form = null;
        this.errors = new Map();
        this.problem = null;
        this.saving = false;
        this.saved = false;
        this.shownPath = undefined;
    }

    isNew() {
        return this.recordPath() === null;
    }

    willUpdate(changed) {
        // Another record (or a new one) in the same element: nothing of the previous form may stay.
        if (changed.has('params') && this.shownPath !== undefined && this.shownPath !== this.recordPath()) {
            this.reset();
        }
        super.willUpdate(changed);
    }

    async load() {
        const path = this.recordPath();
        const [fetched, applyContext] = await Promise.all([
            path === null ? null : api.getVersioned(path),
            this.loadContext(),
        ]);
        return () => {
            applyContext?.();
            const keepInput = this.form !== null && this.shownPath === path;
            this.shownPath = path;
            if (fetched) {
                this.show(fetched.data, fetched.etag, { keepInput });
            } else if (!keepInput) {
                this.form = this.formOf(null);
            }
        };
    }

    /** Fetches what the form needs besides the record; returns a function that applies it (or nothing). */
    async loadContext() {
        return undefined;
    }

    /** Shows what the server holds; the form takes it over unless the user's typing must be kept. */
    show(record, etag, { keepInput }) {
        this.record = record;
        this.etag = etag;
        if (!keepInput) {
            this.form = this.formOf(record);
        }
    }

    /** Where changes are sent (PUT): the record itself unless a subclass says otherwise. */
    savePath() {
        return this.recordPath();
    }

    input(field, value) {
        this.form = { ...this.form, [field]: value };
        this.saved = false;
    }

    async save(event) {
        event?.preventDefault();
        if (this.saving) return;
        this.saving = true;
        this.saved = false;
        try {
            const body = this.bodyOf(this.form);
            if (this.isNew()) {
                const { data } = await api.post(this.createPath(), body);
                this.errors = new Map();
                this.problem = null;
                this.created(data);
                return;
            }
            const { data, etag } = await api.put(this.savePath(), body, { ifMatch: this.etag });
            this.show(data, etag, { keepInput: false });
            this.errors = new Map();
            this.problem = null;
            this.saved = true;
            await this.updateComplete;
            this.querySelector('[data-testid=saved]')?.focus();
        } catch (error) {
            this.errors = error.byField ? error.byField() : new Map();
            this.problem = error;
            await this.updateComplete;
            this.querySelector('.error-summary, [data-testid=problem], [data-testid=changed-meanwhile]')?.focus();
        } finally {
            this.saving = false;
        }
    }

    /** After a 412: the newest version and its ETag, the typed values kept, so that the user decides again. */
    async reloadLatest() {
        const { data, etag } = await api.getVersioned(this.recordPath());
        this.show(data, etag, { keepInput: true });
        this.problem = null;
        this.errors = new Map();
        await this.updateComplete;
        this.querySelector(`#${this.firstField}`)?.focus();
    }

    undo() {
        this.form = this.formOf(this.record);
        this.errors = new Map();
        this.problem = null;
        this.saved = false;
    }

    /**
     * The element id of an API field name, or null when the form has no such field; a subclass with list fields
     * (e.g. 'contacts[0].email') maps those.
     */
    fieldId(field) {
        return this.fields.includes(field) ? field : null;
    }

    /** The violations of one field as one sentence, for the field's error text. */
    fieldError(field) {
        return this.errors.get(field)?.map(violationText).join(' ');
    }

    /**
     * What went wrong with the last save: the 412 notice with its reload button, the summary of field violations
     * (each linking to its field), or the API's message.
     * @param {function(string): string} label the label of a field, for the summary
     */
    renderSaveProblem(label) {
        const p = this.problem;
        if (!p) return nothing;
        if (p.changedMeanwhile) {
            return html`<div class="alert alert--warning" role="alert" tabindex="-1" data-testid="changed-meanwhile">
                <h3 class="alert__title">${t('form.changedMeanwhile.title')}</h3>
                <p>${t('form.changedMeanwhile.text')}</p>
                <button type="button" class="button button--secondary" @click=${() => this.reloadLatest()}>${t('form.changedMeanwhile.reload')}</button>
            </div>`;
        }
        return this.errors.size ? summaryOf(this.errors, (field) => this.fieldId(field), label) : problemAlert(p);
    }

    renderSaved(text) {
        return this.saved ? html`<div class="alert alert--success" role="status" tabindex="-1" data-testid="saved">${text}</div>` : nothing;
    }

    /**
     * The buttons under the form: create (and, when `cancelHref` is given, a way back) for a new record; save and
     * undo for an existing one.
     */
    renderActions({ createLabel = t('common.create'), cancelHref } = {}) {
        if (this.isNew()) {
            return html`<div class="form__actions">
                <button class="button button--primary" type="submit" ?disabled=${this.saving} data-testid="create">
                    ${this.saving ? t('common.saving') : createLabel}
                </button>
                ${cancelHref ? html`<a class="button button--secondary" href="${cancelHref}">${t('common.cancel')}</a>` : nothing}
            </div>`;
        }
        return html`<div class="form__actions">
            <button class="button button--primary" type="submit" ?disabled=${this.saving} data-testid="save">
                ${this.saving ? t('common.saving') : t('common.save')}
            </button>
            <button class="button button--secondary" type="button" @click=${() => this.undo()}>${t('common.undo')}</button>
        </div>`;
    }
}

/** The violations of a refused call per field (empty when it was refused for another reason). */
export function errorsOf(error) {
    return error.byField ? error.byField() : new Map();
}

/**
 * The error summary for a refused form: each violation linking to its field when the form has it.
 * @param {string[]|function(string): (string|null)} fields the form's field ids, or a function giving the element id
 *        of an API field name (null when the form has no such field)
 */
export function summaryOf(errors, fields, label) {
    const idOf = typeof fields === 'function' ? fields : (field) => (fields.includes(field) ? field : null);
    const items = [...errors.entries()].flatMap(([field, violations]) => violations.map((v) => ({
        id: idOf(field),
        label: idOf(field) ? label(field) : null,
        message: violationText(v),
    })));
    return items.length ? errorSummary(t('form.errorSummary'), items) : nothing;
}

/** A refused call without field violations: the API's message (a 403, say), or that the server is unreachable. */
export function problemAlert(problem) {
    return html`<div class="alert alert--error" role="alert" tabindex="-1" data-testid="problem">
        <p>${problem.unreachable ? t('error.unreachable') : problem.detail || problem.title || problem.message}</p>
    </div>`;
}
