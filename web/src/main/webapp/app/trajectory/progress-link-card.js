/**
 * The newcomer's own progress link: made here in the newcomer's language (handed over with its QR code, or e-mailed
 * through the outbox), listed with its state (active, expired, revoked) and revoked. The link opens the public
 * progress page (aanbod/#/progress/<token>) without an account; its address is shown once, when it is made.
 */
import { html, nothing } from 'lit';
import { api } from '../api.js';
import { problemAlert, summaryOf } from '../form-page.js';
import { formatDateTime } from '../format.js';
import { t } from '../i18n.js';
import { selectField, textField } from '../ui.js';
import { FormPart } from './part.js';

/** The languages of the public pages, as the API takes them. */
export const PROGRESS_LANGUAGES = ['nl', 'en', 'fr', 'ar', 'uk', 'tr', 'fa'];

class ProgressLinkCard extends FormPart {
    static properties = {
        ...FormPart.properties, form: { state: true }, made: { state: true }, links: { state: true },
    };

    constructor() {
        super();
        this.form = { language: 'nl', email: '' };
        this.made = null; // the link just made, with its address: shown once
        this.links = null;
    }

    path() {
        return `${this.host.path()}/progress-links`;
    }

    firstUpdated() {
        this.load();
    }

    async load() {
        try {
            this.links = await api.get(this.path());
        } catch (error) {
            this.links = [];
            this.problem = error;
        }
    }

    make(event) {
        event.preventDefault();
        const f = this.form;
        return this.send(async () => {
            const { data } = await api.post(this.path(), { language: f.language, email: f.email.trim() || null });
            this.made = data;
            this.form = { ...f, email: '' };
            if (data.mail?.status === 'queued') this.host.tell({ notice: t('progressLink.mailed', { to: data.mail.recipient }) });
        }, { then: () => this.load(), focus: '#progress-link-form .error-summary, #progress-link-form [data-testid=problem]' });
    }

    async revoke(link) {
        // eslint-disable-next-line no-alert -- a native confirmation is accessible and cannot be clicked through by accident
        if (!window.confirm(t('progressLink.revokeConfirm'))) return;
        try {
            await api.remove(`${this.path()}/${link.id}`);
            if (this.made?.id === link.id) this.made = null;
            this.host.tell({ notice: t('progressLink.revoked'), problem: null });
            await this.load();
        } catch (error) {
            this.host.tell({ problem: error });
        }
    }

    render() {
        const f = this.form;
        const label = (field) => t(`progressLink.field.${field}`);
        const set = (field) => (v) => { this.form = { ...this.form, [field]: v }; };
        return html`<section class="card" aria-labelledby="progress-link-title" data-testid="progress-links">
            <h2 id="progress-link-title" class="card__title">${t('progressLink.title')}</h2>
            <p class="muted">${t('progressLink.intro')}</p>
            <form class="form form--inline-card" id="progress-link-form" novalidate @submit=${(e) => this.make(e)}>
                ${this.errors.size ? summaryOf(this.errors, ['language', 'email'], label)
                    : this.problem ? problemAlert(this.problem) : nothing}
                <div class="form__row">
                    ${selectField({ id: 'progress-language', name: 'language', label: label('language'), required: true, value: f.language,
                        error: this.fieldError('language'),
                        options: PROGRESS_LANGUAGES.map((code) => ({ value: code, label: t(`progressLink.lang.${code}`) })),
                        onInput: set('language') })}
                    ${textField({ id: 'progress-email', name: 'email', type: 'email', label: label('email'), value: f.email,
                        error: this.fieldError('email'), hint: t('progressLink.emailHint'), autocomplete: 'off', onInput: set('email') })}
                </div>
                <div class="form__actions">
                    <button class="button button--primary" type="submit" ?disabled=${this.busy} data-testid="make-progress-link">${t('progressLink.make')}</button>
                </div>
            </form>
            ${this.made ? this.renderMade(this.made) : nothing}
            ${this.links ? this.renderList(this.links) : nothing}
        </section>`;
    }

    renderMade(link) {
        return html`${link.mail?.status === 'not-configured' ? html`<div class="alert alert--warning" role="alert" data-testid="progress-mail-not-sent">
                <p>${t('progressLink.notMailed', { to: link.mail.recipient })}</p></div>` : nothing}
            <div class="link-card" data-testid="progress-link">
                <img src="${link.qrPath.replace(/^\//, '')}" width="160" height="160" alt="${t('progressLink.qrAlt')}">
                <div>
                    <p><strong>${t('progressLink.madeIn', { language: t(`progressLink.lang.${link.language}`) })}</strong></p>
                    <p>${t('progressLink.worksUntil', { at: formatDateTime(link.expiresAt) })}</p>
                    <p><a class="mono break" href="${link.url}" data-testid="progress-address">${link.url}</a></p>
                    <p class="muted">${t('progressLink.once')}</p>
                </div>
            </div>`;
    }

    renderList(links) {
        if (!links.length) return html`<p class="muted" data-testid="progress-link-list">${t('progressLink.none')}</p>`;
        return html`<div class="table-wrap"><table class="table table--compact" data-testid="progress-link-list">
            <caption>${t('progressLink.listCaption')}</caption>
            <thead><tr><th scope="col">${t('progressLink.field.language')}</th><th scope="col">${t('progressLink.made')}</th>
                <th scope="col">${t('progressLink.state')}</th>
                <th scope="col"><span class="visually-hidden">${t('trajectory.actions')}</span></th></tr></thead>
            <tbody>${links.map((l) => html`<tr data-progress-link="${l.id}" data-state="${l.state}">
                <td>${t(`progressLink.lang.${l.language}`)}${l.emailedTo ? html`<br><span class="muted">${t('progressLink.mailedTo', { to: l.emailedTo })}${l.mailStatus ? `: ${t(`mails.status.${l.mailStatus}`)}` : ''}</span>` : nothing}</td>
                <td>${formatDateTime(l.createdAt)}<br><span class="muted">${t('trajectory.linkBy', { by: l.createdBy })}</span></td>
                <td>${t(`progressLink.stateOf.${l.state}`, { at: formatDateTime(l.state === 'revoked' ? l.revokedAt : l.expiresAt) })}
                    ${l.revokedBy ? html`<br><span class="muted">${l.revokedBy}</span>` : nothing}</td>
                <td class="actions">${l.state === 'active' ? html`<button type="button" class="button button--link" data-testid="revoke-progress-link"
                        @click=${() => this.revoke(l)}>${t('progressLink.revoke')}</button>` : nothing}</td>
            </tr>`)}</tbody>
        </table></div>`;
    }
}

customElements.define('vp-progress-link-card', ProgressLinkCard);
