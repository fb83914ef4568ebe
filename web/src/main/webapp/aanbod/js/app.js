/**
 * The public pages for newcomers: the language menu, and three hash routes, each a module loaded when first needed
 * (so the first view of the finder loads only what it shows):
 *   #/                   the finder (filters in the address: #/?q=…&municipality=…)
 *   #/offers/<id>        one offer and the "I want to take part" form
 *   #/join               the same form without an offer ("help me find something")
 *   #/progress/<token>   the newcomer's own hours
 */
import { h, replace } from './dom.js';
import { LANGUAGES, chosenBefore, initialLanguage, language, t, useLanguage } from './i18n.js';

const main = document.getElementById('main');
const menu = document.getElementById('language');

const ROUTES = [
    { pattern: /^\/offers\/([^/?]+)/, load: () => import('./offer.js'), name: 'offer' },
    { pattern: /^\/join\/?$/, load: () => import('./offer.js'), name: 'join' },
    { pattern: /^\/progress\/([^/?]+)/, load: () => import('./progress.js'), name: 'progress' },
    { pattern: /^\/?(\?.*)?$/, load: () => import('./finder.js'), name: 'finder' },
];

let rendering = 0;

function route() {
    const hash = decodeURIComponent(location.hash.replace(/^#/, '')) || '/';
    const [path, query = ''] = hash.split('?');
    for (const candidate of ROUTES) {
        const match = (candidate.name === 'finder' ? path : hash).match(candidate.pattern);
        if (match) {
            return { ...candidate, param: candidate.name === 'finder' ? undefined : match[1],
                query: new URLSearchParams(query) };
        }
    }
    return null;
}

/** Shows the page of the current address; a later call wins over one still loading. */
async function render({ focus = true } = {}) {
    const ticket = ++rendering;
    const current = route();
    if (!current) {
        replace(main, h('h1', {}, t('common.notFound')), h('p', {}, h('a', { href: '#/' }, t('nav.finder'))));
        return;
    }
    try {
        const page = await current.load();
        if (ticket !== rendering) {
            return;
        }
        document.body.dataset.page = current.name;
        await page.render(main, { param: current.param, query: current.query, name: current.name,
            isCurrent: () => ticket === rendering });
    } catch (e) {
        if (ticket === rendering) {
            replace(main, h('h1', {}, t('common.errorTitle')),
                h('p', { class: 'notice notice--error', role: 'alert', 'data-testid': 'page-error' }, t('common.error')));
        }
    }
    if (focus && ticket === rendering) {
        main.focus({ preventScroll: false });
    }
}

function translateFrame() {
    document.querySelectorAll('[data-text]').forEach(e => { e.textContent = t(e.dataset.text); });
    document.title = `${t('app.title')} · Vierde Pijler`;
    menu.value = language();
}

function buildMenu() {
    replace(menu, LANGUAGES.map(l => h('option', { value: l.code, lang: l.code, dir: l.rtl ? 'rtl' : 'ltr' }, l.name)));
    menu.addEventListener('change', async () => {
        await useLanguage(menu.value, true);
        translateFrame();
        await render({ focus: false });
    });
}

/**
 * A page may bring the newcomer's own language (the progress page knows it): used unless they chose one on this
 * phone before.
 */
export async function suggestLanguage(code) {
    if (!chosenBefore() && code && code !== language() && LANGUAGES.some(l => l.code === code)) {
        await useLanguage(code, false);
        translateFrame();
        return true;
    }
    return false;
}

async function start() {
    buildMenu();
    const asked = new URLSearchParams(location.search).has('lang');
    await useLanguage(initialLanguage(), asked);
    translateFrame();
    window.addEventListener('hashchange', () => render());
    await render({ focus: false });
    document.body.dataset.ready = 'true';
}

start();
