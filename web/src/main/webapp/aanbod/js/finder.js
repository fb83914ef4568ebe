/**
 * #/ — the finder: plain words, where you live (and nearby), and a few more choices folded away on a phone; the
 * answers as cards, 10 at a time with "more". The choices live in the address (#/?q=…), so "back" from an offer
 * returns to the same list.
 */
import { allMunicipalities, get } from './api.js';
import { h, icon, replace } from './dom.js';
import { t, tOr } from './i18n.js';
import { DAYS, LEVELS, kindLabel, levelBadge, organisationText, placesBadge, weekdays } from './labels.js';

const PAGE_SIZE = 10;
const FIELDS = ['q', 'municipality', 'near', 'kind', 'day', 'free', 'level'];

function select(id, label, options, value) {
    return h('div', { class: 'field' },
        h('label', { for: id }, label),
        h('select', { id, name: id, 'data-testid': `finder-${id}` },
            options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))));
}

function checkbox(id, label, checked) {
    return h('div', { class: 'field field--check' },
        h('input', { type: 'checkbox', id, name: id, checked, 'data-testid': `finder-${id}` }),
        h('label', { for: id }, label));
}

function form(query, municipalities, kinds) {
    const moreChosen = ['type', 'category', 'day', 'free', 'level'].some(f => query.get(f));
    const nearChecked = query.has('municipality') ? query.get('near') === 'true' : true;
    return h('form', { class: 'finder', role: 'search', 'data-testid': 'finder-form', onsubmit: submit },
        h('div', { class: 'field' },
            h('label', { for: 'q' }, t('finder.q')),
            h('input', { id: 'q', name: 'q', type: 'search', value: query.get('q') || '', 'aria-describedby': 'q-hint',
                autocomplete: 'off', enterkeyhint: 'search', 'data-testid': 'finder-q' }),
            h('p', { id: 'q-hint', class: 'hint' }, t('finder.qHint'))),
        select('municipality', t('finder.municipality'),
            [['', t('finder.municipalityAll')], ...municipalities.map(m => [m.nisCode, m.name])],
            query.get('municipality') || ''),
        checkbox('near', t('finder.near'), nearChecked),
        h('details', { class: 'finder__more', open: moreChosen || null },
            h('summary', { 'data-testid': 'finder-more-choices' }, t('finder.moreChoices')),
            select('kind', t('finder.kind'), [['', t('finder.kindAll')], ...kindOptions(kinds)],
                [query.get('type'), query.get('category')].filter(Boolean).join('/')),
            select('day', t('finder.day'), [['', t('finder.dayAll')], ...DAYS.map(d => [d, t(`day.${d}`)])],
                query.get('day') || ''),
            select('level', t('finder.level'),
                [['', t('finder.levelAll')], ...LEVELS.map(l => [l, `${l} · ${t(`level.${l}`)}`])],
                query.get('level') || ''),
            checkbox('free', t('finder.free'), query.get('free') === 'true')),
        h('button', { type: 'submit', class: 'button button--primary', 'data-testid': 'finder-search' },
            t('finder.search')));
}

/** Each kind of activity, then its categories (a conversation group is a category of the alternative type). */
function kindOptions(kinds) {
    return kinds.flatMap(k => {
        const type = kindLabel(k);
        const categories = (k.categories || []).filter(c => (k.categories.length > 1));
        return [[k.typeId, type],
            ...categories.map(c => [`${k.typeId}/${c.id}`, `${type} · ${tOr(`category.${c.id}`, c.label)}`])];
    });
}

function submit(event) {
    event.preventDefault();
    const data = new FormData(event.target);
    const query = new URLSearchParams();
    for (const field of FIELDS) {
        const value = field === 'near' || field === 'free' ? (data.get(field) ? 'true' : '') : data.get(field);
        if (value) {
            query.set(field, value);
        }
    }
    if (query.get('kind')) {
        const [type, category] = query.get('kind').split('/');
        query.set('type', type);
        if (category) {
            query.set('category', category);
        }
    }
    query.delete('kind');
    if (!query.get('municipality')) {
        query.delete('near');
    } else if (!query.has('near')) {
        query.set('near', 'false');
    }
    const hash = `#/?${query}`;
    if (location.hash === hash) {
        window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else {
        location.hash = hash;
    }
}

/** The API's parameters for the choices in the address: near=NIS when "nearby" is on, else municipality=NIS. */
function apiParameters(query, page) {
    const nis = query.get('municipality');
    const near = query.get('near') !== 'false';
    return {
        q: query.get('q'), municipality: nis && !near ? nis : null, near: nis && near ? nis : null,
        type: query.get('type'), category: query.get('category'), day: query.get('day'), free: query.get('free') === 'true' ? 'true' : null,
        level: query.get('level'), page, size: PAGE_SIZE,
    };
}

function card(offer) {
    const summary = offer.summary;
    return h('li', { class: 'card', 'data-testid': 'offer-card', 'data-offer-id': offer.id },
        h('h2', { class: 'card__title' },
            h('a', { href: `#/offers/${encodeURIComponent(offer.id)}`, lang: 'nl', dir: 'ltr',
                'data-testid': 'offer-link' }, offer.title)),
        h('p', { class: 'card__kind', 'data-testid': 'offer-kind' }, kindLabel(offer)),
        h('div', { class: 'card__badges' }, levelBadge(offer.level), placesBadge(offer.places)),
        summary ? h('p', { class: 'card__text', 'data-testid': 'offer-summary' }, summary)
            : organisationText('p', offer.description || '', { class: 'card__text card__text--clamp' }),
        h('ul', { class: 'facts' },
            h('li', {}, icon('place'), h('span', {}, offer.municipalityName || ''),
                offer.organisationName ? [' · ', h('span', { lang: 'nl', dir: 'ltr' }, offer.organisationName)] : null),
            offer.weekdays?.length ? h('li', { 'data-testid': 'offer-days' }, icon('calendar'),
                h('span', {}, weekdays(offer.weekdays))) : null));
}

async function loadMunicipalities() {
    try {
        return await allMunicipalities();
    } catch {
        return []; // the finder still works without the chooser
    }
}

async function loadKinds() {
    try {
        return await get('offers/kinds');
    } catch {
        return [];
    }
}

export async function render(main, { query, isCurrent }) {
    const results = h('div', { class: 'results', 'aria-live': 'polite', 'data-testid': 'finder-results' },
        h('p', { class: 'muted' }, t('common.loading')));
    replace(main, h('h1', {}, t('finder.title')), h('p', { class: 'lead' }, t('finder.intro')),
        h('div', { class: 'finder-slot' }), results,
        h('p', { class: 'help-link' }, icon('info'),
            h('a', { href: '#/join', 'data-testid': 'finder-ask-help' }, t('finder.askHelp'))));
    const [municipalities, kinds] = await Promise.all([loadMunicipalities(), loadKinds()]);
    if (!isCurrent()) {
        return;
    }
    main.querySelector('.finder-slot').replaceWith(form(query, municipalities, Array.isArray(kinds) ? kinds : []));
    await showResults(results, query, 0, isCurrent);
}

async function showResults(results, query, page, isCurrent) {
    let answer;
    try {
        answer = await get('offers', apiParameters(query, page));
    } catch (e) {
        if (!isCurrent()) {
            return;
        }
        const failure = h('div', { class: 'notice notice--error more', role: 'alert', 'data-testid': 'finder-error' },
            h('p', {}, t('finder.error')),
            h('button', { type: 'button', class: 'button', 'data-testid': 'finder-retry',
                onclick: () => showResults(results, query, page, isCurrent) }, t('common.retry')));
        if (page > 0 && results.querySelector('.more')) {
            results.querySelector('.more').replaceWith(failure); // the offers shown so far stay
        } else {
            replace(results, failure);
        }
        return;
    }
    if (!isCurrent()) {
        return;
    }
    const items = answer?.items || [];
    if (page === 0) {
        if (items.length === 0) {
            replace(results, h('div', { class: 'notice', 'data-testid': 'finder-empty' },
                h('p', {}, t('finder.empty')),
                h('p', {}, h('a', { href: '#/join' }, t('finder.askHelp')))));
            return;
        }
        replace(results, h('p', { class: 'count', 'data-testid': 'finder-count' },
            t('finder.count', { count: answer.totalItems })), h('ul', { class: 'cards' }));
    }
    const list = results.querySelector('.cards');
    const first = card(items[0]);
    items.forEach((offer, i) => list.append(i === 0 ? first : card(offer)));
    results.querySelector('.more')?.remove();
    if (page + 1 < (answer.totalPages || 0)) {
        results.append(h('p', { class: 'more' }, h('button', { type: 'button', class: 'button',
            'data-testid': 'finder-more', onclick: async event => {
                event.target.disabled = true;
                await showResults(results, query, page + 1, isCurrent);
            } }, t('finder.more'))));
    }
    if (page > 0) {
        first.querySelector('a').focus();
    }
}
