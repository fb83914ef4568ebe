/**
 * What every page shares. A page is a Lit element rendered into the light DOM (so the application's stylesheet,
 * label/input associations and browser tests reach it), given `params` (from the path) and `query` (from the part after
 * '?') by the shell. It implements load() to fetch what it shows and render() to show it; the base reloads when the
 * address or the language changes, drops answers that arrive after a newer request, and sets the document title.
 */
import { LitElement, html } from 'lit';
import { LANGUAGE_CHANGED, t } from './i18n.js';

export class Page extends LitElement {
    static properties = {
        params: { type: Object },
        query: { type: Object },
        loading: { state: true },
        failure: { state: true },
    };

    constructor() {
        super();
        this.params = {};
        this.query = {};
        this.loading = true;
        this.failure = null;
        this.sequence = 0;
        this.onLanguage = () => this.languageChanged();
    }

    createRenderRoot() {
        return this;
    }

    connectedCallback() {
        super.connectedCallback();
        window.addEventListener(LANGUAGE_CHANGED, this.onLanguage);
    }

    disconnectedCallback() {
        window.removeEventListener(LANGUAGE_CHANGED, this.onLanguage);
        super.disconnectedCallback();
    }

    willUpdate(changed) {
        if (changed.has('params') || changed.has('query')) {
            this.refresh();
        }
    }

    /** The API answers in the chosen language: fetch again. A page with typed input keeps it (see its load()). */
    languageChanged() {
        this.refresh();
        this.requestUpdate();
    }

    /** Runs load(); an answer to an older call than the newest is dropped, so fast typing cannot show stale results. */
    async refresh() {
        const mine = ++this.sequence;
        this.loading = true;
        try {
            const apply = await this.load();
            if (mine === this.sequence) {
                apply?.();
                this.failure = null;
            }
        } catch (error) {
            if (mine === this.sequence) {
                this.failure = error;
            }
        } finally {
            if (mine === this.sequence) {
                this.loading = false;
            }
        }
    }

    /**
     * Fetches what the page needs and returns a function that applies it to the page's state (called only when no
     * newer load started meanwhile).
     */
    async load() {
        return undefined;
    }

    /** The document title for this page, e.g. the municipality's name. */
    pageTitle() {
        return '';
    }

    updated() {
        const title = this.pageTitle();
        document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
    }

    /** A failed load: the API's message, or that the server could not be reached. */
    renderFailure() {
        const error = this.failure;
        return html`<div class="alert alert--error" role="alert">
            <h2 class="alert__title">${error.status === 404 ? t('error.notFound') : t('error.loadFailed')}</h2>
            <p>${error.unreachable ? t('error.unreachable') : error.detail || error.title || error.message}</p>
        </div>`;
    }

    renderLoading() {
        return html`<p class="loading" role="status"><span class="spinner" aria-hidden="true"></span>${t('common.loading')}</p>`;
    }
}

export { html };
