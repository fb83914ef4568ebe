/**
 * The public pages' own texts, from ../i18n/<language>.json (seven languages; Dutch is the reference every other
 * bundle must match, see PublicBundlesTest). The language comes from ?lang= in the address, else the one chosen
 * before (localStorage), else the browser's, else Dutch. Arabic and Dari (fa) are written right to left.
 * A key missing from a bundle shows as ⟦key⟧, loud enough for a test to notice.
 */

/** Each language named in its own script, in the order of the menu. */
export const LANGUAGES = Object.freeze([
    { code: 'nl', name: 'Nederlands' },
    { code: 'en', name: 'English' },
    { code: 'fr', name: 'Français' },
    { code: 'ar', name: 'العربية', rtl: true },
    { code: 'uk', name: 'Українська' },
    { code: 'tr', name: 'Türkçe' },
    { code: 'fa', name: 'دری', rtl: true },
]);
const CODES = LANGUAGES.map(l => l.code);
const STORAGE_KEY = 'vp.aanbod.language';

let current = 'nl';
let messages = {};

function stored() {
    try {
        return localStorage.getItem(STORAGE_KEY);
    } catch {
        return null; // storage may be disabled
    }
}

/** Whether the newcomer chose a language on this phone (then a page does not choose one for them). */
export function chosenBefore() {
    return CODES.includes(stored());
}

/** The language to start in. */
export function initialLanguage() {
    const asked = new URLSearchParams(location.search).get('lang');
    if (CODES.includes(asked)) {
        return asked;
    }
    if (chosenBefore()) {
        return stored();
    }
    for (const preferred of navigator.languages || [navigator.language]) {
        const code = String(preferred || '').toLowerCase().split('-')[0];
        if (CODES.includes(code)) {
            return code;
        }
    }
    return 'nl';
}

/** Loads a language's texts, sets <html lang dir>, and remembers the choice when `remember`. */
export async function useLanguage(code, remember) {
    const lang = CODES.includes(code) ? code : 'nl';
    const response = await fetch(new URL(`../i18n/${lang}.json`, import.meta.url));
    if (!response.ok) {
        throw new Error(`texts ${lang}: ${response.status}`);
    }
    messages = await response.json();
    current = lang;
    document.documentElement.lang = lang;
    document.documentElement.dir = isRtl(lang) ? 'rtl' : 'ltr';
    if (remember) {
        try {
            localStorage.setItem(STORAGE_KEY, lang);
        } catch {
            // used, not remembered
        }
    }
}

export function isRtl(code) {
    return LANGUAGES.some(l => l.code === code && l.rtl);
}

export function language() {
    return current;
}

export function has(key) {
    return Object.prototype.hasOwnProperty.call(messages, key);
}

/** The text for a key with {name} placeholders filled in. */
export function t(key, params = {}) {
    const text = messages[key];
    if (text === undefined) {
        return `⟦${key}⟧`;
    }
    return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** The text for a key when the bundle has it, else the fallback (a label the API gave). */
export function tOr(key, fallback) {
    return has(key) ? t(key) : fallback;
}

/**
 * Numbers and dates in the language's way, with Latin digits and the Gregorian calendar everywhere (as on the offer
 * and on the letters a newcomer gets).
 */
function locale() {
    return `${current}-BE-u-ca-gregory-nu-latn`;
}

export function number(value) {
    return new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(Number(value) || 0);
}

export function date(iso) {
    if (!iso) {
        return '';
    }
    const [y, m, d] = String(iso).slice(0, 10).split('-').map(Number);
    return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
        .format(new Date(Date.UTC(y, m - 1, d)));
}
