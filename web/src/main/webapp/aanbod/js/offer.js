/**
 * #/offers/<id> — one offer as the organisation wrote it, and the "I want to take part" form; #/join — the same form
 * without an offer ("help me find something"). The form sends POST /public/participation-requests; the server's
 * field errors are shown at their fields in the chosen language (known codes from the bundles, else the server's
 * own sentence), a rate limit (429) in plain words, and afterwards a thank-you with the reference.
 */
import { ApiError, allMunicipalities, get, post } from './api.js';
import { h, icon, replace } from './dom.js';
import { date, language, t } from './i18n.js';
import { kindLabel, levelBadge, organisationText, placesBadge, weekdays } from './labels.js';

function fact(iconName, label, ...value) {
    return h('div', { class: 'fact' }, h('dt', {}, icon(iconName), label), h('dd', {}, ...value));
}

function offerView(offer) {
    const period = offer.activeFrom || offer.activeUntil
        ? t('offer.period', { from: date(offer.activeFrom), until: offer.activeUntil ? date(offer.activeUntil) : '…' })
        : null;
    return h('article', { class: 'offer', 'data-testid': 'offer' },
        h('h1', { lang: 'nl', dir: 'ltr', 'data-testid': 'offer-title' }, offer.title),
        h('p', { class: 'card__kind', 'data-testid': 'offer-kind' }, kindLabel(offer)),
        h('div', { class: 'card__badges' }, levelBadge(offer.level), placesBadge(offer.places)),
        offer.summary ? h('p', { class: 'lead', 'data-testid': 'offer-summary' }, offer.summary) : null,
        h('dl', { class: 'facts facts--list' },
            fact('people', t('offer.organisation'), h('span', { lang: 'nl', dir: 'ltr' }, offer.organisationName || '')),
            fact('place', t('offer.where'), h('span', { lang: 'nl', dir: 'ltr' },
                [offer.address, offer.municipalityName].filter(Boolean).join(', '))),
            offer.weekdays?.length || offer.schedule ? fact('calendar', t('offer.when'),
                offer.weekdays?.length ? h('span', { 'data-testid': 'offer-days' }, weekdays(offer.weekdays)) : null,
                offer.weekdays?.length && offer.schedule ? h('br') : null,
                offer.schedule ? h('span', { lang: 'nl', dir: 'ltr' }, offer.schedule) : null) : null,
            period ? fact('clock', t('offer.periodLabel'), period) : null,
            offer.languages?.length ? fact('info', t('offer.languages'), offer.languages.map(languageName).join(', '))
                : null),
        h('h2', {}, t('offer.description')),
        organisationText('p', offer.description || '', { class: 'offer__text', 'data-testid': 'offer-description' }),
        h('p', { class: 'hint' }, t('offer.textNote')));
}

function languageName(code) {
    try {
        return new Intl.DisplayNames([language()], { type: 'language' }).of(code) || code;
    } catch {
        return code;
    }
}

function input(id, label, attributes = {}, hint) {
    return h('div', { class: 'field', 'data-field': id },
        h('label', { for: id }, label),
        hint ? h('p', { id: `${id}-hint`, class: 'hint' }, hint) : null,
        h('input', { id, name: id, 'aria-describedby': hint ? `${id}-hint` : null, 'data-testid': `join-${id}`,
            ...attributes }));
}

function checkField(id, label, explanation) {
    return h('div', { class: 'field field--check', 'data-field': id },
        h('input', { type: 'checkbox', id, name: id, 'data-testid': `join-${id}`,
            'aria-describedby': explanation ? `${id}-explained` : null }),
        h('label', { for: id }, label),
        explanation ? h('div', { id: `${id}-explained`, class: 'explain' }, explanation) : null);
}

function joinForm(offer, municipalities) {
    const form = h('form', { class: 'join', novalidate: true, 'data-testid': 'join-form',
        'aria-labelledby': 'join-title' },
        h('h2', { id: 'join-title' }, t('join.title')),
        h('p', {}, t(offer ? 'join.intro' : 'join.introHelp')),
        h('div', { class: 'form-errors', id: 'join-errors', tabindex: '-1', 'data-testid': 'join-errors' }),
        input('firstName', t('join.firstName'), { autocomplete: 'given-name', maxlength: '100' }),
        h('div', { class: 'field', 'data-field': 'municipalityNis' },
            h('label', { for: 'municipalityNis' }, t('join.municipality')),
            h('select', { id: 'municipalityNis', name: 'municipalityNis', 'data-testid': 'join-municipalityNis' },
                h('option', { value: '' }, t('join.municipalityChoose')),
                municipalities.map(m => h('option', { value: m.nisCode }, m.name)))),
        h('p', { class: 'hint', id: 'contact-hint' }, t('join.contactHint')),
        input('phone', t('join.phone'), { type: 'tel', autocomplete: 'tel', inputmode: 'tel', dir: 'ltr',
            maxlength: '40', 'aria-describedby': 'contact-hint' }),
        input('email', t('join.email'), { type: 'email', autocomplete: 'email', dir: 'ltr', maxlength: '200',
            'aria-describedby': 'contact-hint' }),
        checkField('consent', t('join.consent'), [
            h('p', {}, t('join.privacy1')), h('p', {}, t('join.privacy2')), h('p', {}, t('join.privacy3'))]),
        offer ? checkField('shareWithOrganisation', t('join.share', { organisation: offer.organisationName || '' }))
            : null,
        // A trap for robots: people never see or reach this field, a robot that fills in every field does.
        h('div', { class: 'trap', 'aria-hidden': 'true' },
            h('label', { for: 'website' }, t('join.trap')),
            h('input', { id: 'website', name: 'website', type: 'text', tabindex: '-1', autocomplete: 'off',
                'data-testid': 'join-website' })),
        h('button', { type: 'submit', class: 'button button--primary', 'data-testid': 'join-send' }, t('join.send')));
    form.addEventListener('submit', event => send(event, form, offer));
    return form;
}

/** The bundle's text for a refusal of a field, else the server's own sentence. */
function messageFor(violation) {
    const { field, code } = violation;
    if (field === 'consent') {
        return t('error.consent');
    }
    if (field === 'contact' || String(code).includes('contact')) {
        return t('error.contact');
    }
    if (field === 'municipalityNis') {
        return t('error.municipality');
    }
    if (field === 'offerId') {
        return t('error.offer');
    }
    if (code === 'required' || code === 'too-long') {
        return t(`error.${code}`);
    }
    if (field === 'email' || field === 'phone') {
        return t(`error.${field}`);
    }
    return violation.message || t('error.invalid');
}

function clearErrors(form) {
    form.querySelectorAll('.field__error').forEach(e => e.remove());
    form.querySelectorAll('[aria-invalid]').forEach(e => {
        e.removeAttribute('aria-invalid');
        e.setAttribute('aria-describedby', (e.getAttribute('aria-describedby') || '').split(' ')
            .filter(id => id && !id.endsWith('-error')).join(' '));
        if (!e.getAttribute('aria-describedby')) {
            e.removeAttribute('aria-describedby');
        }
    });
    replace(form.querySelector('#join-errors'));
}

/** Shows each refusal at its field; one without a field of the form above the form. */
function showErrors(form, violations) {
    const general = [];
    for (const violation of violations) {
        // "Give a phone or an e-mail" concerns both: shown at the phone, the first of the two.
        const field = violation.field === 'contact' ? 'phone' : String(violation.field);
        const control = field === 'website' ? null : form.querySelector(`#${CSS.escape(field)}`);
        if (!control) {
            general.push(messageFor(violation));
            continue;
        }
        if (form.querySelector(`#${control.id}-error`)) {
            continue;
        }
        const error = h('p', { id: `${control.id}-error`, class: 'field__error', 'data-testid': `error-${control.id}` },
            messageFor(violation));
        control.closest('.field').append(error);
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby',
            [control.getAttribute('aria-describedby'), error.id].filter(Boolean).join(' '));
    }
    replace(form.querySelector('#join-errors'), h('div', { class: 'notice notice--error', role: 'alert' },
        h('p', {}, t('join.fixErrors')), general.length ? h('ul', {}, general.map(g => h('li', {}, g))) : null));
    (form.querySelector('[aria-invalid=true]') || form.querySelector('#join-errors')).focus();
}

/** What the form can tell before sending (the server checks the same again). */
function localViolations(body) {
    const found = [];
    if (!body.firstName.trim()) {
        found.push({ field: 'firstName', code: 'required' });
    }
    if (!body.municipalityNis) {
        found.push({ field: 'municipalityNis', code: 'required' });
    }
    if (!body.phone.trim() && !body.email.trim()) {
        found.push({ field: 'phone', code: 'contact-required' });
    }
    if (!body.consent) {
        found.push({ field: 'consent', code: 'required' });
    }
    return found;
}

async function send(event, form, offer) {
    event.preventDefault();
    const data = new FormData(form);
    const body = {
        firstName: String(data.get('firstName') || ''), municipalityNis: String(data.get('municipalityNis') || ''),
        phone: String(data.get('phone') || ''), email: String(data.get('email') || ''),
        offerId: offer ? offer.id : null, language: language(), consent: data.get('consent') === 'on',
        shareWithOrganisation: data.get('shareWithOrganisation') === 'on', website: String(data.get('website') || ''),
    };
    clearErrors(form);
    const local = localViolations(body);
    if (local.length) {
        showErrors(form, local);
        return;
    }
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    button.textContent = t('join.sending');
    try {
        const answer = await post('participation-requests', {
            ...body, phone: body.phone.trim() || null, email: body.email.trim() || null,
        });
        thanks(form, answer || {});
    } catch (e) {
        button.disabled = false;
        button.textContent = t('join.send');
        if (e instanceof ApiError && e.status === 400 && e.problem.violations?.length) {
            showErrors(form, e.problem.violations);
        } else {
            const tooMany = e instanceof ApiError && e.status === 429;
            replace(form.querySelector('#join-errors'), h('div', { class: 'notice notice--error', role: 'alert',
                'data-testid': tooMany ? 'join-too-many' : 'join-failed' },
            h('p', {}, t(tooMany ? 'join.tooMany' : 'join.failed'))));
            form.querySelector('#join-errors').focus();
        }
    }
}

function thanks(form, answer) {
    const panel = h('section', { class: 'notice notice--success thanks', tabindex: '-1', 'data-testid': 'join-thanks',
        'data-duplicate': answer.duplicate ? 'true' : 'false', 'aria-labelledby': 'thanks-title' },
        h('h2', { id: 'thanks-title' }, icon('check'), t(answer.duplicate ? 'join.thanksDuplicate' : 'join.thanks')),
        h('p', {}, t('join.reference'), ' ', h('strong', { dir: 'ltr', 'data-testid': 'join-reference' },
            answer.reference || '')),
        h('p', {}, t('join.next')),
        h('p', {}, h('a', { href: '#/' }, t('nav.finder'))));
    form.replaceWith(panel);
    panel.focus();
}

function back() {
    return h('p', { class: 'back' }, h('a', { href: '#/', 'data-testid': 'back-to-finder' }, t('nav.back')));
}

export async function render(main, { param, name, isCurrent }) {
    replace(main, back(), h('h1', {}, t('common.loading')));
    const municipalities = allMunicipalities().catch(() => []);
    if (name === 'join') {
        const list = await municipalities;
        if (isCurrent()) {
            replace(main, back(), h('h1', {}, t('join.helpTitle')), joinForm(null, list));
        }
        return;
    }
    let offer;
    try {
        offer = await get(`offers/${encodeURIComponent(param)}`);
    } catch (e) {
        if (isCurrent()) {
            const missing = e instanceof ApiError && (e.status === 404 || e.status === 400);
            replace(main, back(), h('h1', {}, t(missing ? 'offer.notFoundTitle' : 'common.errorTitle')),
                h('div', { class: 'notice notice--error', role: 'alert', 'data-testid': missing ? 'offer-not-found'
                    : 'offer-error' }, h('p', {}, t(missing ? 'offer.notFound' : 'common.error'))),
                h('p', {}, h('a', { href: '#/join' }, t('finder.askHelp'))));
        }
        return;
    }
    const list = await municipalities;
    if (isCurrent()) {
        replace(main, back(), offerView(offer), offer.places === 'full'
            ? h('p', { class: 'notice', 'data-testid': 'offer-full' }, t('offer.fullNote')) : null,
        joinForm(offer, list));
    }
}
