/**
 * Small building blocks shared by the pages: form fields with their label, hint and error wired up for assistive
 * technology, an error summary, a status badge. Texts come in already translated.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { formatNumber } from './format.js';
import { has, t } from './i18n.js';

/** The ids an input is described by: its hint and its error, when shown. */
function describedBy(id, hint, error) {
    const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
}

function requiredMark(required) {
    return required ? html` <span class="field__required">${t('form.required')}</span>` : nothing;
}

function fieldError(id, error) {
    return error
        ? html`<p class="field__error" id="${id}-error"><span class="visually-hidden">${t('form.errorPrefix')}</span>${error}</p>`
        : nothing;
}

function fieldHint(id, hint) {
    return hint ? html`<p class="field__hint" id="${id}-hint">${hint}</p>` : nothing;
}

/**
 * A labelled text input. `value` is what the user typed and stays in place when the API refuses it.
 * @param {{id: string, name: string, label: string, value: string, onInput: function(string), hint?: string,
 *          error?: string, required?: boolean, inputmode?: string, placeholder?: string, width?: string,
 *          type?: string, autocomplete?: string}} f  type: 'text' unless given ('password', 'email')
 */
export function textField(f) {
    return html`<div class="field ${f.error ? 'field--invalid' : ''}" data-field="${f.name}">
        <label class="field__label" for="${f.id}">${f.label}${requiredMark(f.required)}</label>
        ${fieldHint(f.id, f.hint)}
        ${fieldError(f.id, f.error)}
        <input class="input ${f.width ? `input--${f.width}` : ''}" id="${f.id}" name="${f.name}" type="${f.type ?? 'text'}"
               .value=${live(f.value ?? '')} @input=${(e) => f.onInput(e.target.value)}
               inputmode="${f.inputmode ?? nothing}" placeholder="${f.placeholder ?? nothing}" autocomplete="${f.autocomplete ?? 'off'}"
               aria-required="${f.required ? 'true' : nothing}" aria-invalid="${f.error ? 'true' : nothing}"
               aria-describedby="${describedBy(f.id, f.hint, f.error)}">
    </div>`;
}

/** A labelled multi-line text input; as textField, with `rows` (4 unless given). */
export function textArea(f) {
    return html`<div class="field ${f.error ? 'field--invalid' : ''}" data-field="${f.name}">
        <label class="field__label" for="${f.id}">${f.label}${requiredMark(f.required)}</label>
        ${fieldHint(f.id, f.hint)}
        ${fieldError(f.id, f.error)}
        <textarea class="input textarea" id="${f.id}" name="${f.name}" rows="${f.rows ?? 4}"
                  .value=${live(f.value ?? '')} @input=${(e) => f.onInput(e.target.value)}
                  aria-required="${f.required ? 'true' : nothing}" aria-invalid="${f.error ? 'true' : nothing}"
                  aria-describedby="${describedBy(f.id, f.hint, f.error)}"></textarea>
    </div>`;
}

/**
 * A field that picks one record out of many by searching (an organisation among thousands): a search box, the
 * matches as buttons, and the chosen one with a way to choose again. The page keeps the search text, the matches and
 * the chosen record, and calls the API in onSearch.
 * @param {{id: string, name: string, label: string, search: string, matches: ?Array<{value: *, label: string,
 *          detail?: string}>, chosen: ?{label: string, detail?: string}, onSearch: function(string),
 *          onChoose: function(*), onClear: function(), hint?: string, error?: string, required?: boolean,
 *          fixed?: boolean}} f  fixed: the choice cannot be changed (shown only)
 */
export function lookupField(f) {
    if (f.chosen) {
        return html`<div class="field ${f.error ? 'field--invalid' : ''}" data-field="${f.name}">
            <p class="field__label" id="${f.id}-label">${f.label}${requiredMark(f.required)}</p>
            ${fieldError(f.id, f.error)}
            <div class="lookup__chosen">
                <span id="${f.id}" tabindex="-1" data-testid="${f.id}-chosen" aria-describedby="${describedBy(f.id, null, f.error)}">
                    <strong>${f.chosen.label}</strong>${f.chosen.detail ? html` <span class="muted">· ${f.chosen.detail}</span>` : nothing}
                </span>
                ${f.fixed ? nothing : html`<button type="button" class="button button--link" @click=${() => f.onClear()}
                        aria-label="${t('lookup.changeLabel', { field: f.label })}">${t('lookup.change')}</button>`}
            </div>
        </div>`;
    }
    return html`<div class="field ${f.error ? 'field--invalid' : ''}" data-field="${f.name}">
        <label class="field__label" for="${f.id}">${f.label}${requiredMark(f.required)}</label>
        ${fieldHint(f.id, f.hint)}
        ${fieldError(f.id, f.error)}
        <input class="input" id="${f.id}" name="${f.name}" type="search" autocomplete="off" .value=${live(f.search ?? '')}
               @input=${(e) => f.onSearch(e.target.value)} placeholder="${t('lookup.placeholder')}"
               aria-required="${f.required ? 'true' : nothing}" aria-invalid="${f.error ? 'true' : nothing}"
               aria-describedby="${describedBy(f.id, f.hint, f.error)}" aria-controls="${f.id}-matches">
        <div id="${f.id}-matches" class="lookup__matches" aria-live="polite">
            ${f.matches === null || f.matches === undefined ? nothing : f.matches.length
                ? html`<ul class="plain-list">${f.matches.map((m) => html`<li>
                    <button type="button" class="lookup__match" data-value="${m.value}" @click=${() => f.onChoose(m.value)}>
                        <strong>${m.label}</strong>${m.detail ? html` <span class="muted">· ${m.detail}</span>` : nothing}
                    </button></li>`)}</ul>`
                : html`<p class="muted">${t('lookup.none')}</p>`}
        </div>
    </div>`;
}

/** A labelled select; `options` are {value, label}; an empty first option when `empty` is given. */
export function selectField(f) {
    return html`<div class="field ${f.error ? 'field--invalid' : ''}" data-field="${f.name}">
        <label class="field__label" for="${f.id}">${f.label}${requiredMark(f.required)}</label>
        ${fieldHint(f.id, f.hint)}
        ${fieldError(f.id, f.error)}
        <select class="select" id="${f.id}" name="${f.name}" @change=${(e) => f.onInput(e.target.value)}
                aria-required="${f.required ? 'true' : nothing}" aria-invalid="${f.error ? 'true' : nothing}"
                aria-describedby="${describedBy(f.id, f.hint, f.error)}">
            ${f.empty !== undefined ? html`<option value="" ?selected=${!f.value}>${f.empty}</option>` : nothing}
            ${f.options.map((o) => html`<option value="${o.value}" ?selected=${o.value === f.value}>${o.label}</option>`)}
        </select>
    </div>`;
}

/**
 * A group of radio buttons or checkboxes under one legend (a yes/no question, a choice of several values).
 * `value` is the chosen value (radio) or the array of chosen values (checkbox).
 */
export function choiceGroup(f) {
    const multiple = f.type === 'checkbox';
    const checked = (value) => (multiple ? (f.value ?? []).includes(value) : f.value === value);
    const toggle = (value, on) => {
        if (!multiple) return f.onInput(value);
        const chosen = new Set(f.value ?? []);
        on ? chosen.add(value) : chosen.delete(value);
        return f.onInput(f.options.map((o) => o.value).filter((v) => chosen.has(v)));
    };
    return html`<fieldset class="field fieldset ${f.error ? 'field--invalid' : ''}" data-field="${f.name}" id="${f.id}"
                          aria-describedby="${describedBy(f.id, f.hint, f.error)}" tabindex="-1">
        <legend class="field__label">${f.label}${requiredMark(f.required)}</legend>
        ${fieldHint(f.id, f.hint)}
        ${fieldError(f.id, f.error)}
        <div class="choices ${f.inline ? 'choices--inline' : ''}">
            ${f.options.map((o, i) => html`<div class="choice">
                <input type="${f.type}" id="${f.id}-${i}" name="${f.name}" value="${o.value}" .checked=${live(checked(o.value))}
                       @change=${(e) => toggle(o.value, e.target.checked)} aria-invalid="${f.error ? 'true' : nothing}">
                <label for="${f.id}-${i}">${o.label}</label>
            </div>`)}
        </div>
    </fieldset>`;
}

/**
 * The message to show for a violation: the API's own sentence, except for the codes about the shape of a typed value
 * (a date, a number), where the UI names the format it asked the user for (22/11/2026, 1.234,50) rather than the
 * API's wire format.
 */
export function violationText(violation) {
    const key = `violation.${violation.code}`;
    return has(key) ? t(key) : violation.message;
}

/**
 * The list of what is wrong, above the form, each linking to its field. Focus moves here after a refused submit so
 * that a screen reader hears it; `items` are {id, label, message}.
 */
export function errorSummary(title, items, { intro } = {}) {
    const focusField = (event, id) => {
        event.preventDefault(); // the address's '#' belongs to the router
        const target = document.getElementById(id);
        target?.focus();
        target?.scrollIntoView({ block: 'center' });
    };
    // The API's message often names the field already ('Begindatum' is verplicht.): then no label in front.
    const prefix = (item) => (item.label && !item.message.includes(item.label) ? html`<strong>${item.label}:</strong> ` : nothing);
    return html`<div class="error-summary" role="alert" tabindex="-1">
        <h2 class="error-summary__title">${title}</h2>
        ${intro ? html`<p>${intro}</p>` : nothing}
        <ul class="error-summary__list">
            ${items.map((item) => html`<li>${item.id
                ? html`<a href="#${item.id}" @click=${(e) => focusField(e, item.id)}>${prefix(item)}${item.message}</a>`
                : html`${prefix(item)}${item.message}`}</li>`)}
        </ul>
    </div>`;
}

/** A small coloured label; tone is 'success', 'neutral', 'info' or 'warning'. */
export function badge(text, tone = 'neutral') {
    return html`<span class="badge badge--${tone}">${text}</span>`;
}

/** Moves focus to the first element matching selector inside root, after the next render. */
export async function focusAfterRender(element, selector) {
    await element.updateComplete;
    element.querySelector(selector)?.focus();
}

/*
 * ---- Server-paged lists -------------------------------------------------------------------------------------------
 * The parts every list page shares: the count with the page-size choice above the table, sortable column headers,
 * and the pager below it. The page keeps filters, sort and page in the address; these only render and call back.
 */

/** The page sizes a list offers; the first is the default (and is left out of the address). */
export const PAGE_SIZES = [20, 50, 100];

/**
 * The count of what was found, a spinner while a newer request runs, and the page-size choice.
 * @param {{count: *, loading: boolean, size: number, onSize: function(string|undefined)}} r
 */
export function resultsBar({ count, loading, size, onSize }) {
    return html`<div class="results-bar">
        <p class="results-bar__count" role="status" data-testid="result-count">
            ${count}
            ${loading ? html`<span class="spinner spinner--inline" aria-hidden="true"></span>` : ''}
        </p>
        ${selectField({
            id: 'page-size', name: 'size', label: t('common.pageSize'), value: String(size),
            options: PAGE_SIZES.map((s) => ({ value: String(s), label: formatNumber(s) })),
            onInput: (v) => onSize(v === String(PAGE_SIZES[0]) ? undefined : v),
        })}
    </div>`;
}

/**
 * A column header that sorts the list by `field`, ascending first, descending on the second click.
 * @param {string} current the sort in force (`name` or `-name`)
 */
export function sortHeader(current, field, label, sortBy) {
    const state = current === field ? 'ascending' : current === `-${field}` ? 'descending' : 'none';
    const arrow = { ascending: '▲', descending: '▼', none: '↕' }[state];
    return html`<th scope="col" aria-sort="${state}">
        <button type="button" class="sort" data-sort="${field}" @click=${() => sortBy(field)}>
            ${label}<span class="sort__icon" aria-hidden="true">${arrow}</span>
        </button>
    </th>`;
}

/**
 * Previous / "page X of Y" / next for a page of the API ({page (zero-based), totalPages}); nothing for one page.
 * @param {function(number)} goToPage called with the one-based page number
 */
export function pager(r, goToPage) {
    if (r.totalPages <= 1) {
        return nothing;
    }
    const current = r.page + 1;
    return html`<nav class="pager" aria-label="${t('pager.label')}">
        <button type="button" class="button button--secondary" data-testid="previous-page" ?disabled=${current <= 1}
                @click=${() => goToPage(current - 1)}>${t('pager.previous')}</button>
        <span class="pager__status" data-testid="page-status">${t('pager.status', { page: formatNumber(current), pages: formatNumber(r.totalPages) })}</span>
        <button type="button" class="button button--secondary" data-testid="next-page" ?disabled=${current >= r.totalPages}
                @click=${() => goToPage(current + 1)}>${t('pager.next')}</button>
    </nav>`;
}

/** Where a page lies: the link to its section, then the page itself (marked as the current one). */
export function breadcrumb(href, section, current) {
    return html`<nav class="breadcrumb" aria-label="${t('breadcrumb.label')}">
        <ol><li><a href="${href}">${section}</a></li><li aria-current="page">${current}</li></ol>
    </nav>`;
}
