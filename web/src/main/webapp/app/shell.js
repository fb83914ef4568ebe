/**
 * The frame around every page: the header with the language switch, the navigation built from the page registry,
 * and the main region where the router puts the current page.
 */
import { LitElement, html, nothing } from 'lit';
import { LANGUAGES, language, t, useLanguage } from './i18n.js';
import { NOT_FOUND, homeFor, pages } from './pages.js';
import { resolve } from './router.js';
import { signInAddress, signOut, signedIn } from './session.js';

class App extends LitElement {
    static properties = {
        current: { state: true },
        switching: { state: true },
    };

    constructor() {
        super();
        this.current = null; // { page, element }
        this.switching = false;
        this.navigation = 0; // counts the addresses routed to: only the latest may show its page
        this.onHashChange = () => this.route();
    }

    createRenderRoot() {
        return this;
    }

    connectedCallback() {
        super.connectedCallback();
        this.replaceChildren(); // the <noscript> fallback
        window.addEventListener('hashchange', this.onHashChange);
        this.route();
    }

    disconnectedCallback() {
        window.removeEventListener('hashchange', this.onHashChange);
        super.disconnectedCallback();
    }

    async route() {
        const navigation = ++this.navigation;
        if (!window.location.hash || window.location.hash === '#' || window.location.hash === '#/') {
            // Signed out, the bare address asks to sign in first; the sign-in then leads to the role's own home.
            history.replaceState(history.state, '', signedIn() ? `#${homeFor(signedIn().role)}` : '#/sign-in');
        }
        const found = resolve(pages) ?? { page: NOT_FOUND, params: {}, query: {} };
        if (!found.page.public && !signedIn()) {
            history.replaceState(history.state, '', signInAddress());
            return this.route();
        }
        await found.page.load();
        if (navigation !== this.navigation) {
            // The address changed while this page's code still loaded (a slow first page, a quick click or a
            // test's next address): the later address has its own route and wins, whichever code arrives first.
            return;
        }
        const first = this.current === null;
        const same = this.current?.page === found.page;
        const element = same ? this.current.element : document.createElement(found.page.tag);
        element.params = found.params;
        element.query = found.query;
        this.current = { page: found.page, element };
        if (!same && !first) {
            // A new screen: start at its top and let keyboard and screen-reader users land on its heading.
            window.scrollTo(0, 0);
            await this.updateComplete;
            await element.updateComplete;
            (element.querySelector('h1') ?? this.querySelector('main'))?.focus({ preventScroll: true });
        }
    }

    async switchLanguage(lang) {
        if (lang === language() || this.switching) return;
        this.switching = true;
        try {
            await useLanguage(lang);
        } finally {
            this.switching = false;
        }
        this.requestUpdate();
    }

    skipToContent(event) {
        event.preventDefault(); // '#' addresses belong to the router
        this.querySelector('main')?.focus();
    }

    renderNavigation() {
        const section = this.current?.page.section ?? this.current?.page.path;
        return html`<nav class="nav" aria-label="${t('nav.label')}">
            <ul class="nav__list">
                ${pages.filter((p) => p.nav && (!p.roles || p.roles.includes(signedIn()?.role))).map((p) => html`<li>
                    <a class="nav__link" href="#${p.path}" aria-current="${p.path === section ? 'page' : nothing}">${t(p.nav)}</a>
                </li>`)}
            </ul>
        </nav>`;
    }

    renderLanguageSwitch() {
        return html`<div class="lang" role="group" aria-label="${t('language.label')}">
            ${LANGUAGES.map((lang) => html`<button type="button" class="lang__option" lang="${lang}"
                    aria-pressed="${lang === language() ? 'true' : 'false'}" ?disabled=${this.switching}
                    data-language="${lang}" @click=${() => this.switchLanguage(lang)}>
                <span aria-hidden="true">${lang.toUpperCase()}</span><span class="visually-hidden">${t(`language.${lang}`)}</span>
            </button>`)}
        </div>`;
    }

    render() {
        return html`
            <a class="skip-link" href="#main" @click=${(e) => this.skipToContent(e)}>${t('app.skipToContent')}</a>
            <header class="topbar">
                <a class="brand" href="#${homeFor(signedIn()?.role)}">
                    <svg class="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                        <rect x="4" y="20" width="5" height="8" /><rect x="11" y="14" width="5" height="14" />
                        <rect x="18" y="8" width="5" height="20" /><rect class="brand__fourth" x="25" y="3" width="5" height="25" />
                    </svg>
                    <span class="brand__text">
                        <span class="brand__name">${t('app.name')}</span>
                        <span class="brand__tagline">${t('app.tagline')}</span>
                    </span>
                </a>
                ${this.renderLanguageSwitch()}
                ${signedIn() ? html`<div class="session">
                    <span class="session__user" data-testid="signed-in-as">${t('session.signedInAs', { username: signedIn().username })}</span>
                    <a class="session__link" href="#/password" data-testid="change-password">${t('session.changePassword')}</a>
                    <button type="button" class="button button--secondary" data-testid="sign-out"
                            @click=${() => signOut()}>${t('session.signOut')}</button>
                </div>` : nothing}
            </header>
            <div class="layout">
                ${signedIn() ? this.renderNavigation() : nothing}
                <main id="main" class="main" tabindex="-1">${this.current?.element ?? nothing}</main>
            </div>
            <footer class="footer">${t('app.footer')}</footer>`;
    }
}

customElements.define('vp-app', App);
