/**
 * Texts of the UI, from the message bundles in ../i18n/<language>.json. Dutch unless the user chose English; the
 * choice is remembered in this browser. Every text a page shows comes through t(), never from a template.
 *
 * A key that is missing from the bundle shows as ⟦key⟧, loud enough for a browser test (and a reviewer) to notice.
 */

export const LANGUAGES = Object.freeze(['nl', 'en']);
const DEFAULT_LANGUAGE = 'nl';
const STORAGE_KEY = 'vp.language';
/** Fired on window after another language has been loaded; pages reload what the API answered in the old one. */
export const LANGUAGE_CHANGED = 'vp-language-changed';

let current = DEFAULT_LANGUAGE;
let messages = {};

function remembered() {
    try {
        const stored = localStorage.getItem(STORAGE_KEY);
        return LANGUAGES.includes(stored) ? stored : DEFAULT_LANGUAGE;
    } catch {
        return DEFAULT_LANGUAGE; // storage may be disabled; Dutch then
    }
}

async function fetchBundle(lang) {
    const response = await fetch(new URL(`i18n/${lang}.json`, document.baseURI), { headers: { Accept: 'application/json' } });
    if (!response.ok) {
        throw new Error(`Message bundle ${lang} could not be loaded (${response.status})`);
    }
    return response.json();
}

/** Loads the remembered language (Dutch by default); call once before the first render. */
export async function initLanguage() {
    await useLanguage(remembered(), { announce: false });
}

/** Switches the UI to another language and remembers the choice. */
export async function useLanguage(lang, { announce = true } = {}) {
    if (!LANGUAGES.includes(lang)) {
        throw new Error(`Unsupported language ${lang}`);
    }
    messages = await fetchBundle(lang);
    current = lang;
    document.documentElement.lang = lang;
    try {
        localStorage.setItem(STORAGE_KEY, lang);
    } catch {
        // not remembered, still used
    }
    if (announce) {
        window.dispatchEvent(new CustomEvent(LANGUAGE_CHANGED, { detail: { language: lang } }));
    }
}

/** The current language: 'nl' or 'en'. */
export function language() {
    return current;
}

/** Whether the bundle has this key (for optional texts such as a violation code's own wording). */
export function has(key) {
    return Object.prototype.hasOwnProperty.call(messages, key);
}

/**
 * The text for a key, with {name} placeholders filled from params. A param `count` also picks the plural form when
 * the bundle holds `key.one` / `key.other` (Intl.PluralRules of the current language).
 */
export function t(key, params = {}) {
    let text = messages[key];
    if (text === undefined && params.count !== undefined) {
        const form = new Intl.PluralRules(current).select(params.count);
        text = messages[`${key}.${form}`] ?? messages[`${key}.other`];
    }
    if (text === undefined) {
        return `⟦${key}⟧`;
    }
    return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}
