/**
 * The one import page: choose what to import (its columns with their descriptions, a template as CSV or Excel),
 * choose a file, check it ("Controleren": a dry run that lists every problem by line and column, or what an import
 * would do), and import it — only after a clean check of that same file. While a run goes on, a progress bar follows
 * it (the API runs imports in the background; this page asks for the run's state every half second).
 */
import { html, Page } from '../page.js';
import { api, downloadUrl, upload } from '../api.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { selectField } from '../ui.js';

const POLL_MS = 500;

class ImportsPage extends Page {
    static properties = {
        ...Page.properties,
        kinds: { state: true },
        kindKey: { state: true },
        file: { state: true },
        run: { state: true },
        checkedClean: { state: true },
        busy: { state: true },
        error: { state: true },
    };

    constructor() {
        super();
        this.kinds = null;
        this.kindKey = '';
        this.file = null;
        this.run = null;
        this.checkedClean = null;
        this.busy = false;
        this.error = null;
    }

    async load() {
        const kinds = await api.get('imports/kinds');
        return () => {
            this.kinds = kinds;
            if (!kinds.some((k) => k.key === this.kindKey)) {
                this.kindKey = kinds[0]?.key ?? '';
            }
        };
    }

    pageTitle() {
        return t('imports.title');
    }

    get kind() {
        return this.kinds?.find((k) => k.key === this.kindKey) ?? null;
    }

    /** What identifies the file and kind a clean check was for: another file (or the same one changed) must be checked again. */
    signature() {
        return this.file ? `${this.kindKey}|${this.file.name}|${this.file.size}|${this.file.lastModified}` : null;
    }

    chooseKind(key) {
        this.kindKey = key;
        this.run = null;
        this.checkedClean = null;
    }

    chooseFile(input) {
        this.file = input.files?.[0] ?? null;
        this.run = null;
        this.checkedClean = null;
        this.error = null;
    }

    async start(dryRun) {
        if (!this.file || this.busy) {
            return;
        }
        const signature = this.signature();
        this.busy = true;
        this.error = null;
        this.run = null;
        try {
            let run = await upload('imports', { kind: this.kindKey, dryRun }, this.file);
            this.run = run;
            while (run.status === 'running') {
                await new Promise((resolve) => setTimeout(resolve, POLL_MS));
                run = await api.get(`imports/${run.id}`);
                this.run = run;
            }
            this.checkedClean = dryRun && run.status === 'done' ? signature : null;
        } catch (error) {
            this.error = error;
        } finally {
            this.busy = false;
        }
        await this.updateComplete;
        this.renderRoot.querySelector('[data-testid="import-result"]')?.focus();
    }

    render() {
        return html`<div class="page-header">
                <h1 tabindex="-1">${t('imports.title')}</h1>
                <p class="lead">${t('imports.lead')}</p>
            </div>
            ${this.failure ? this.renderFailure() : this.kinds ? this.renderForm() : this.renderLoading()}`;
    }

    renderForm() {
        if (!this.kinds.length) {
            return html`<div class="card empty"><p>${t('imports.noKinds')}</p></div>`;
        }
        const kind = this.kind;
        const mayImport = this.file && this.checkedClean === this.signature() && !this.busy;
        return html`
            <section class="card" aria-labelledby="import-what">
                <h2 id="import-what">${t('imports.what')}</h2>
                ${selectField({
                    id: 'import-kind', name: 'kind', label: t('imports.kind'), value: this.kindKey,
                    options: this.kinds.map((k) => ({ value: k.key, label: k.label })),
                    onInput: (v) => this.chooseKind(v),
                })}
                ${kind ? this.renderColumns(kind) : ''}
            </section>
            <section class="card" aria-labelledby="import-file-heading">
                <h2 id="import-file-heading">${t('imports.fileHeading')}</h2>
                <div class="field" data-field="file">
                    <label class="field__label" for="import-file">${t('imports.file')}</label>
                    <p class="field__hint" id="import-file-hint">${t('imports.fileHint')}</p>
                    <input class="input" id="import-file" name="file" type="file" aria-describedby="import-file-hint"
                           accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                           data-testid="import-file" @change=${(e) => this.chooseFile(e.target)}>
                </div>
                <div class="form__actions">
                    <button class="button button--secondary" type="button" data-testid="import-check"
                            ?disabled=${!this.file || this.busy} @click=${() => this.start(true)}>${t('imports.check')}</button>
                    <button class="button button--primary" type="button" data-testid="import-run"
                            ?disabled=${!mayImport} aria-describedby="import-run-hint"
                            @click=${() => this.start(false)}>${t('imports.run')}</button>
                </div>
                <p class="field__hint" id="import-run-hint">${t('imports.runHint')}</p>
            </section>
            ${this.renderRun()}`;
    }

    renderColumns(kind) {
        return html`
            <p>${t('imports.templates')}
                <a href="${downloadUrl(`imports/kinds/${kind.key}/template`, { format: 'csv' })}" download
                   data-testid="template-csv">${t('imports.templateCsv')}</a> ·
                <a href="${downloadUrl(`imports/kinds/${kind.key}/template`, { format: 'xlsx' })}" download
                   data-testid="template-xlsx">${t('imports.templateXlsx')}</a></p>
            <div class="table-wrap"><table class="table" data-testid="import-columns">
                <caption>${t('imports.columns', { kind: kind.label })}</caption>
                <thead><tr>
                    <th scope="col">${t('imports.column.name')}</th>
                    <th scope="col">${t('imports.column.required')}</th>
                    <th scope="col">${t('imports.column.description')}</th>
                    <th scope="col">${t('imports.column.example')}</th>
                </tr></thead>
                <tbody>${kind.columns.map((c) => html`<tr>
                    <th scope="row"><code>${c.name}</code></th>
                    <td>${c.required ? t('common.yes') : t('common.no')}</td>
                    <td>${c.description}</td>
                    <td><code>${c.example ?? ''}</code></td>
                </tr>`)}</tbody>
            </table></div>`;
    }

    renderRun() {
        if (this.error) {
            return html`<div class="alert alert--error" role="alert" tabindex="-1" data-testid="import-result">
                <h2 class="alert__title">${t('imports.refusedFile')}</h2>
                <p>${this.error.unreachable ? t('error.unreachable')
                    : this.error.violations[0]?.message || this.error.detail || this.error.message}</p>
            </div>`;
        }
        const run = this.run;
        if (!run) {
            return '';
        }
        if (run.status === 'running') {
            return html`<section class="card" aria-live="polite">
                <p id="import-progress-label">${t(run.dryRun ? 'imports.checking' : 'imports.running')}</p>
                <div class="import-progress" role="progressbar" aria-labelledby="import-progress-label"
                     aria-valuemin="0" aria-valuemax="100" aria-valuenow="${run.percent}" data-testid="import-progress">
                    <div class="import-progress__bar" style="width: ${run.percent}%"></div>
                </div>
                <p>${t('imports.progress', { done: formatNumber(run.rowsDone), total: formatNumber(run.totalRows) })}</p>
            </section>`;
        }
        const counts = t('imports.counts', {
            rows: formatNumber(run.totalRows), created: formatNumber(run.created),
            updated: formatNumber(run.updated), unchanged: formatNumber(run.unchanged),
        });
        if (run.status === 'done') {
            return html`<div class="alert alert--success" role="status" tabindex="-1" data-testid="import-result">
                <h2 class="alert__title">${t(run.dryRun ? 'imports.checkedClean' : 'imports.done')}</h2>
                <p data-testid="import-counts">${counts}</p>
                <div class="import-progress" role="progressbar" aria-label="${t('imports.progressLabel')}"
                     aria-valuemin="0" aria-valuemax="100" aria-valuenow="100">
                    <div class="import-progress__bar" style="width: 100%"></div>
                </div>
            </div>`;
        }
        return html`<section class="card" tabindex="-1" data-testid="import-result" aria-labelledby="import-problems">
            <h2 id="import-problems">${t(run.status === 'failed' ? 'imports.failed' : 'imports.refused',
                { count: run.problemCount, formatted: formatNumber(run.problemCount) })}</h2>
            <p>${t('imports.nothingWritten')}</p>
            <div class="table-wrap"><table class="table" data-testid="import-problems">
                <caption class="visually-hidden">${t('imports.problemsCaption')}</caption>
                <thead><tr>
                    <th scope="col">${t('imports.problem.line')}</th>
                    <th scope="col">${t('imports.problem.column')}</th>
                    <th scope="col">${t('imports.problem.reason')}</th>
                </tr></thead>
                <tbody>${run.problems.map((p) => html`<tr>
                    <td>${p.line || '—'}</td>
                    <td>${p.column ?? '—'}</td>
                    <td>${p.reason}</td>
                </tr>`)}</tbody>
            </table></div>
            ${run.problemCount > run.problems.length
                ? html`<p>${t('imports.moreProblems', { shown: formatNumber(run.problems.length) })}</p>` : ''}
        </section>`;
    }
}

customElements.define('vp-imports-page', ImportsPage);
