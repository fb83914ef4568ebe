/**
 * What the finder and the offer page show alike: the Dutch level as a pictogram with its text, the kind of
 * activity (known type and category ids translated by the bundles, any other by the API's own label, so a new
 * trajectory type shows up by itself), the weekdays and free places.
 */
import { h } from './dom.js';
import { language, t, tOr } from './i18n.js';

export const LEVELS = Object.freeze(['A0', 'A1', 'A2', 'B1', 'B2']);
export const DAYS = Object.freeze(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);

/** Four bars like a phone's signal: none filled for A0 (no Dutch needed), all four for B2. */
export function levelBadge(level) {
    const filled = Math.max(0, LEVELS.indexOf(level));
    const bars = [0, 1, 2, 3].map(i => h('svg:rect', {
        x: 2 + i * 6, y: 17 - i * 4, width: 4, height: 5 + i * 4, rx: 1,
        class: i < filled ? 'level__bar level__bar--on' : 'level__bar',
    }));
    return h('span', { class: `level level--${level}`, 'data-testid': 'offer-level', 'data-level': level },
        h('svg:svg', { class: 'level__icon', viewBox: '0 0 26 24', 'aria-hidden': 'true', focusable: 'false' }, bars),
        h('span', { class: 'visually-hidden' }, t('level.label'), ': '),
        h('span', { class: 'level__code' }, level),
        ' ',
        h('span', { class: 'level__text' }, tOr(`level.${level}`, level)));
}

export function kindLabel(offer) {
    const type = tOr(`kind.${offer.typeId}`, offer.typeLabel || offer.typeId);
    const category = offer.categoryId ? tOr(`category.${offer.categoryId}`, offer.categoryLabel) : null;
    return category && category !== type ? `${type} · ${category}` : type;
}

export function weekdays(days) {
    const names = (days || []).filter(d => DAYS.includes(d)).map(d => t(`day.${d}`));
    try {
        return new Intl.ListFormat(language(), { type: 'conjunction' }).format(names);
    } catch {
        return names.join(', ');
    }
}

export function placesBadge(places) {
    const free = places !== 'full';
    return h('span', { class: free ? 'places places--free' : 'places places--full', 'data-testid': 'offer-places',
        'data-places': free ? 'free' : 'full' }, t(free ? 'places.free' : 'places.full'));
}

/** An organisation's own text, in the language it was written in (Dutch), so readers and screen readers know. */
export function organisationText(tag, text, attributes = {}) {
    return h(tag, { lang: 'nl', dir: 'ltr', ...attributes }, text);
}
