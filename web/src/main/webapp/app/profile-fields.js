/**
 * The profile fields newcomers and buddies share, so that matching compares like with like: spoken languages (ISO
 * 639-1 codes, named by the browser in the chosen language), interests, weekly availability (a grid of days by
 * parts of the day) and consent per purpose. `host` is the page: it holds `form` and implements input(field, value).
 */
import { html, nothing } from 'lit';
import { locale } from './format.js';
import { t } from './i18n.js';
import { CONSENT_PURPOSES, DAYS, INTERESTS, PARTS_OF_DAY } from './reference.js';
import { choiceGroup, textField } from './ui.js';

/** The name of a language code in the chosen language ('ar' → 'Arabisch'), or the code itself. */
export function languageName(code) {
    try {
        return new Intl.DisplayNames([locale()], { type: 'language' }).of(code) ?? code;
    } catch {
        return code;
    }
}

export function languagesText(codes) {
    return codes?.length ? codes.map(languageName).join(', ') : '—';
}

export function interestsText(codes) {
    return codes?.length ? codes.map((c) => t(`interest.${c}`)).join(', ') : '—';
}

export function availabilityText(slots) {
    return slots?.length ? slots.map((s) => {
        const [day, part] = s.split('-');
        return t('slot.name', { day: t(`day.${day}`), part: t(`partOfDay.${part}`) });
    }).join(', ') : '—';
}

/** The languages as typed ('ar, fr') → the list the API wants; the API names a wrong code. */
export function languagesOf(text) {
    return (text ?? '').split(/[\s,;]+/).map((l) => l.trim().toLowerCase()).filter(Boolean);
}

export function languagesField(host, error, { id = 'languages', label = t('profile.languages') } = {}) {
    return textField({ id, name: id, label, value: host.form[id], hint: t('profile.hint.languages'), error: error(id),
        onInput: (v) => host.input(id, v) });
}

export function interestsField(host, error) {
    return html`<div class="choices--grid-host">${choiceGroup({
        id: 'interests', name: 'interests', type: 'checkbox', label: t('profile.interests'), value: host.form.interests,
        error: error('interests'), options: INTERESTS.map((i) => ({ value: i, label: t(`interest.${i}`) })),
        onInput: (v) => host.input('interests', v),
    })}</div>`;
}

/** A table of checkboxes: a row per day, a column per part of the day. */
export function availabilityField(host, error) {
    const chosen = new Set(host.form.availability);
    const toggle = (slot, on) => {
        const next = new Set(host.form.availability);
        on ? next.add(slot) : next.delete(slot);
        host.input('availability', DAYS.flatMap((d) => PARTS_OF_DAY.map((p) => `${d}-${p}`)).filter((s) => next.has(s)));
    };
    const message = error('availability');
    return html`<fieldset class="field fieldset ${message ? 'field--invalid' : ''}" id="availability" tabindex="-1"
                          data-field="availability" aria-describedby="availability-hint${message ? ' availability-error' : ''}">
        <legend class="field__label">${t('profile.availability')}</legend>
        <p class="field__hint" id="availability-hint">${t('profile.hint.availability')}</p>
        ${message ? html`<p class="field__error" id="availability-error">${message}</p>` : ''}
        <table class="slot-grid">
            <thead><tr><td></td>${PARTS_OF_DAY.map((p) => html`<th scope="col">${t(`partOfDay.${p}`)}</th>`)}</tr></thead>
            <tbody>${DAYS.map((d) => html`<tr><th scope="row">${t(`day.${d}`)}</th>${PARTS_OF_DAY.map((p) => {
                const slot = `${d}-${p}`;
                return html`<td><input type="checkbox" id="slot-${slot}" .checked=${chosen.has(slot)}
                        @change=${(e) => toggle(slot, e.target.checked)}
                        aria-label="${t('slot.name', { day: t(`day.${d}`), part: t(`partOfDay.${p}`) })}"></td>`;
            })}</tr>`)}</tbody>
        </table>
    </fieldset>`;
}

/**
 * One yes/no per purpose; `form.consents` is {purpose: true|false}. The API names a purpose's problem
 * 'consents.matching', the whole 'consents': both show here.
 */
export function consentsField(host, error, { required = ['matching'] } = {}) {
    const messages = [error('consents'), ...CONSENT_PURPOSES.map((p) => error(`consents.${p}`))].filter(Boolean);
    return html`<fieldset class="field fieldset ${messages.length ? 'field--invalid' : ''}" id="consents" tabindex="-1"
                          data-field="consents" aria-describedby="${messages.length ? 'consents-error' : nothing}">
        <legend class="field__label">${t('profile.consents')}</legend>
        <p class="field__hint">${t('profile.hint.consents')}</p>
        ${messages.length ? html`<p class="field__error" id="consents-error">${messages.join(' ')}</p>` : ''}
        <div class="choices">${CONSENT_PURPOSES.map((p) => html`<div class="choice">
            <input type="checkbox" id="consent-${p}" .checked=${host.form.consents[p] === true}
                   @change=${(e) => host.input('consents', { ...host.form.consents, [p]: e.target.checked })}>
            <label for="consent-${p}">${t(`consent.${p}`)}${required.includes(p) ? html` <span class="field__required">${t('form.required')}</span>` : ''}</label>
        </div>`)}</div>
    </fieldset>`;
}

/** The form's element for an API field of the shared profile ('consents.matching' → the consents fieldset). */
export function profileFieldId(field) {
    return field.startsWith('consents') ? 'consents' : null;
}
