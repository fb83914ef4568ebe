/** Amounts of money as the funding pages write and read them, in Belgian notation. */
import { formatNumber, parseNumber } from './format.js';

/** 40000 → '€ 40.000,00'; null → '—'. */
export function euro(amount) {
    return amount === null || amount === undefined ? '—' : `€ ${formatNumber(amount, 2)}`;
}

/** '40000' → 40000; '' → null; anything unreadable as typed, for the API to refuse at the field. */
export function amount(text) {
    const value = (text ?? '').trim();
    return value === '' ? null : parseNumber(value) ?? value;
}
