/**
 * Signing in: username and password, or through the identity provider (OpenID Connect) when it is on; on success back to where the user was going, by way of the change-password page
 * when the password was set by an administrator.
 */
import { Page, html } from '../page.js';
import { t } from '../i18n.js';
import { homeFor } from '../pages.js';
import { identityProvider, signIn } from '../session.js';

class SignInPage extends Page {
    static properties = {
        ...Page.properties,
        username: { state: true },
        password: { state: true },
        busy: { state: true },
        error: { state: true },
        provider: { state: true },
    };

    constructor() {
        super();
        this.username = '';
        this.password = '';
        this.busy = false;
        this.error = null;
        this.provider = null;
    }

    /** Whether the identity provider (OpenID Connect) is on: then a button leads to its sign-in page. */
    async load() {
        const provider = await identityProvider();
        return () => {
            this.provider = provider;
        };
    }

    pageTitle() {
        return t('signIn.title');
    }

    async submit(event) {
        event.preventDefault();
        if (this.busy) return;
        this.busy = true;
        this.error = null;
        try {
            const session = await signIn(this.username.trim(), this.password);
            this.password = '';
            const next = this.query?.next || homeFor(session.role);
            // An initial or reset password is the administrator's: the user chooses their own before anything else.
            window.location.hash = session.mustChangePassword ? `#/password?next=${encodeURIComponent(next)}` : `#${next}`;
        } catch (error) {
            this.error = error;
            this.password = '';
        } finally {
            this.busy = false;
        }
    }

    render() {
        return html`<div class="page-header"><h1 tabindex="-1">${t('signIn.title')}</h1></div>
            <section class="card card--narrow" aria-labelledby="sign-in-intro">
                <p id="sign-in-intro" class="muted">${t('signIn.intro')}</p>
                ${this.error ? html`<div class="alert alert--error" role="alert" data-testid="sign-in-error">
                    <p>${this.error.unreachable ? t('error.unreachable') : this.error.detail || this.error.title}</p>
                </div>` : ''}
                <form class="form" novalidate @submit=${(e) => this.submit(e)}>
                    <div class="field">
                        <label class="field__label" for="username">${t('signIn.username')}</label>
                        <input class="input" id="username" name="username" type="text" autocomplete="username"
                               required .value=${this.username} @input=${(e) => { this.username = e.target.value; }}>
                    </div>
                    <div class="field">
                        <label class="field__label" for="password">${t('signIn.password')}</label>
                        <input class="input" id="password" name="password" type="password"
                               autocomplete="current-password" required .value=${this.password}
                               @input=${(e) => { this.password = e.target.value; }}>
                    </div>
                    <div class="form__actions">
                        <button class="button button--primary" type="submit" ?disabled=${this.busy}
                                data-testid="sign-in">${t('signIn.submit')}</button>
                    </div>
                </form>
                ${this.provider ? html`<div class="form__actions" data-testid="oidc">
                    <p class="muted">${t('signIn.orProvider')}</p>
                    <a class="button button--secondary" href="${this.provider.signInUrl}"
                       data-testid="oidc-sign-in">${t('signIn.withProvider', { name: this.provider.name })}</a>
                </div>` : ''}
            </section>`;
    }
}

customElements.define('vp-sign-in-page', SignInPage);
