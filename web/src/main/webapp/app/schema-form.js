/**
 * A placement form built from the field schema the API serves for a trajectory type (GET /trajectory-types/{id}):
 * one renderer per field kind, never a form per type. The UI knows the kinds (text, number, date, boolean, choice,
 * reference) and nothing about any type; whether values are acceptable is for the API to say (POST .../validate).
 */
import { html } from 'lit';
import { parseDate, parseNumber } from './format.js';
import { t } from './i18n.js';
import { choiceGroup, selectField, textField } from './ui.js';

/** The id of a field's input, unique on the page. */
export const inputId = (field) => `placement-${field.name}`;

/** Renders one field; `value` is what the user typed (kept as typed), `error` the API's words for it. */
export function renderField(field, value, error, onInput) {
    const common = {
        id: inputId(field), name: field.name, label: field.label, required: field.required, error, onInput, value,
    };
    const renderer = RENDERERS[field.kind] ?? RENDERERS.text; // a kind this UI does not know yet: typed as text
    return renderer(field, common);
}

const RENDERERS = {
    text: (field, common) => textField({
        ...common,
        hint: [field.help, field.multiple ? t('schemaForm.multipleHint') : null].filter(Boolean).join(' ') || undefined,
    }),
    number: (field, common) => textField({
        ...common, inputmode: field.wholeNumber ? 'numeric' : 'decimal', width: 'number',
        hint: [field.help, rangeHint(field)].filter(Boolean).join(' ') || undefined,
    }),
    date: (field, common) => textField({
        ...common, inputmode: 'numeric', placeholder: t('form.datePlaceholder'), width: 'date',
        hint: [field.help, t('form.dateHint')].filter(Boolean).join(' '),
    }),
    reference: (field, common) => textField({
        ...common,
        hint: [field.help, t(`schemaForm.reference.${field.refersTo}`)].filter(Boolean).join(' '),
    }),
    boolean: (field, common) => choiceGroup({
        ...common, type: 'radio', inline: true, hint: field.help,
        options: [{ value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }],
    }),
    choice: (field, common) => (field.multiple
        ? choiceGroup({ ...common, type: 'checkbox', hint: field.help, options: field.choices })
        : selectField({ ...common, hint: field.help, empty: t('schemaForm.choose'), options: field.choices })),
};

function rangeHint(field) {
    if (field.min !== null && field.max !== null) return t('schemaForm.range', { min: field.min, max: field.max });
    if (field.min !== null) return t('schemaForm.atLeast', { min: field.min });
    if (field.max !== null) return t('schemaForm.atMost', { max: field.max });
    return null;
}

/**
 * The JSON object of attributes for what was typed. An empty field is left out (the API says whether it was
 * required); a date or number that does not read as one is sent as typed, so that the API names the field.
 */
export function attributesOf(fields, values) {
    const attributes = {};
    for (const field of fields) {
        const raw = values[field.name];
        const value = toWire(field, raw);
        if (value !== undefined) {
            attributes[field.name] = value;
        }
    }
    return attributes;
}

function toWire(field, raw) {
    if (raw === undefined || raw === null) return undefined;
    if (Array.isArray(raw)) return raw.length ? raw : undefined;
    const text = String(raw).trim();
    if (text === '') return undefined;
    if (field.multiple) {
        const items = text.split(',').map((item) => single(field, item.trim())).filter((item) => item !== '');
        return items.length ? items : undefined;
    }
    return single(field, text);
}

function single(field, text) {
    switch (field.kind) {
        case 'number': return parseNumber(text) ?? text;
        case 'date': return parseDate(text) ?? text;
        case 'boolean': return text === 'true' ? true : text === 'false' ? false : text;
        default: return text;
    }
}
