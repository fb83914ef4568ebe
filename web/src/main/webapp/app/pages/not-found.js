/** An address that names no page. */
import { Page, html } from '../page.js';
import { t } from '../i18n.js';
import { homeFor } from '../pages.js';
import { signedIn } from '../session.js';

class NotFoundPage extends Page {
    pageTitle() {
        return t('notFound.title');
    }

    render() {
        return html`<div class="page-header"><h1 tabindex="-1">${t('notFound.title')}</h1></div>
            <p>${t('notFound.text')}</p>
            <p><a href="#${homeFor(signedIn()?.role)}">${t('notFound.home')}</a></p>`;
    }
}

customElements.define('vp-not-found-page', NotFoundPage);
