/**
 * Dates and numbers as Belgians write them, in both languages: 22/11/2026 and 1.234,50. Formatting goes through
 * Intl with the Belgian locale; parsing accepts what a Belgian types and turns it into what the API expects
 * (ISO dates, JSON numbers). Neither decides whether a value is acceptable: that is the API's answer.
 */
import { language } from './i18n.js';

/** Belgian conventions in the chosen language. */
export function locale() {
    return language() === 'en' ? 'en-BE' : 'nl-BE';
}

/** '2026-11-22' → '22/11/2026'; null or '' → ''. */
export function formatDate(iso) {
    if (!iso) {
        return '';
    }
    const [y, m, d] = iso.split('-').map(Number);
    // Noon UTC and timeZone UTC: the calendar day the API meant, whatever the browser's zone.
    return new Intl.DateTimeFormat(locale(), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' })
        .format(new Date(Date.UTC(y, m - 1, d, 12)));
}

/**
 * An instant from the API ('2026-11-22T13:05:00Z') as the time in Belgium: '22/11/2026 14:05'; null or '' → ''.
 */
export function formatDateTime(instant) {
    if (!instant) {
        return '';
    }
    const parts = Object.fromEntries(new Intl.DateTimeFormat(locale(), {
        day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
        timeZone: 'Europe/Brussels',
    }).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
    return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** 1234.5 → '1.234,5'; with fractionDigits 2 → '1.234,50'. */
export function formatNumber(value, fractionDigits) {
    if (value === null || value === undefined || value === '') {
        return '';
    }
    const options = fractionDigits === undefined ? {} : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
    return new Intl.NumberFormat(locale(), options).format(Number(value));
}

/** '2026-11' → 'november 2026' ('November 2026' in English); null or '' → ''. */
export function formatMonth(yearMonth) {
    if (!yearMonth) {
        return '';
    }
    const [y, m] = yearMonth.split('-').map(Number);
    return new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' })
        .format(new Date(Date.UTC(y, m - 1, 15, 12)));
}

/**
 * '22/11/2026', '22-11-2026', '22.11.2026' or '2026-11-22' → '2026-11-22'. Anything else (including 31/02/2026)
 * → null, and the caller sends the text as typed so that the API names the field.
 */
export function parseDate(text) {
    const value = (text ?? '').trim();
    let y;
    let m;
    let d;
    let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
    if (match) {
        [, d, m, y] = match.map(Number);
    } else if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value))) {
        [, y, m, d] = match.map(Number);
    } else {
        return null;
    }
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
        return null;
    }
    return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** '1.234,5' or '1234.5' → 1234.5; anything else → null (sent as typed, for the API to refuse). */
export function parseNumber(text) {
    let value = (text ?? '').trim().replace(/\s/g, '');
    if (value.includes(',')) {
        value = value.replace(/\./g, '').replace(',', '.'); // Belgian: '.' groups thousands, ',' is the decimal
    }
    return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : null;
}

/**
 * What the API gets for a typed date: ISO when it reads as a date, null when empty, the text itself otherwise (so that
 * the API names what is wrong with it at the field).
 */
export function wireDate(text) {
    const value = (text ?? '').trim();
    return value === '' ? null : parseDate(value) ?? value;
}
