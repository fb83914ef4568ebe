/**
 * The page behind a contact person's confirmation link (#/confirm/<token>), also reached by scanning its QR code:
 * no account, made for a phone. It shows only the newcomer's first name, the offer and the days and hours to
 * confirm (never a note the counsellor wrote); the contact person confirms or rejects (with a reason) the days they
 * tick, all of them at first; the days left stay on the link until it expires. An expired, revoked or replaced link,
 * or one of a closed trajectory, answers 410 with the reason, which this page says in plain words.
 */
import { html, nothing } from 'lit';
import { Page } from '../page.js';
import { request } from '../api.js';
import { formatDate, formatDateTime } from '../format.js';
import { t } from '../i18n.js';
import { problemAlert } from '../form-page.js';
import { textArea, violationText } from '../ui.js';
import { hoursText } from '../progress.js';

class ConfirmPage extends Page {
    static properties = {
        ...Page.properties, link: { state: true }, outcome: { state: true }, rejecting: { state: true },
        reason: { state: true }, problem: { state: true }, sending: { state: true }, chosen: { state: true },
    };

    constructor() {
        super();
        this.link = null;
        this.outcome = null;
        this.rejecting = false;
        this.reason = '';
        this.problem = null;
        this.sending = false;
        this.chosen = new Set();
    }

    path() {
        return `public/confirmations/${encodeURIComponent(this.params.token)}`;
    }

    async load() {
        const { data } = await request('GET', this.path(), { mayBeSignedOut: true });
        return () => {
            this.link = data;
            this.chosen = new Set(data.entries.map((e) => e.id));
        };
    }

    pageTitle() {
        return t('confirm.title');
    }

    async decide(decision) {
        if (this.sending) return;
        this.sending = true;
        try {
            const all = this.chosen.size === this.link.entries.length;
            const { data } = await request('POST', this.path(), {
                body: { decision, reason: decision === 'reject' ? this.reason.trim() || null : null,
                    entryIds: all ? null : [...this.chosen] }, mayBeSignedOut: true,
            });
            this.outcome = { ...data, decision };
            this.problem = null;
            this.rejecting = false;
            this.reason = '';
            if (data.remaining > 0) await this.refresh(); // the days left stay on the link
            await this.updateComplete;
            this.querySelector('[data-testid=outcome]')?.focus();
        } catch (error) {
            this.problem = error;
        } finally {
            this.sending = false;
        }
    }

    render() {
        return html`<div class="narrow confirm">
            <div class="page-header"><h1 tabindex="-1">${t('confirm.title')}</h1></div>
            ${this.outcome ? this.renderOutcome() : nothing}
            ${this.outcome && !this.outcome.remaining ? nothing
                : this.failure ? this.renderGone() : this.link ? this.renderLink() : this.renderLoading()}
        </div>`;
    }

    renderGone() {
        const status = this.failure.status;
        const text = status === 410 ? this.failure.detail || t('confirm.gone') : status === 404 ? t('confirm.unknown') : null;
        return text ? html`<div class="alert alert--warning" role="alert" data-testid="link-gone"><p>${text}</p></div>` : this.renderFailure();
    }

    renderLink() {
        const l = this.link;
        const reasonError = this.problem?.byField?.().get('reason')?.map(violationText).join(' ');
        return html`<section class="card">
            <p class="lead" data-testid="confirm-intro">${t('confirm.intro', { name: l.newcomerFirstName, offer: l.offerTitle })}</p>
            ${l.entries.length ? html`<table class="table" data-testid="confirm-entries">
                <caption class="visually-hidden">${t('confirm.entries')}</caption>
                <thead><tr><th scope="col"><span class="visually-hidden">${t('confirm.choose')}</span></th><th scope="col">${t('confirm.date')}</th><th scope="col" class="num">${t('trajectory.hoursColumn')}</th></tr></thead>
                <tbody>${l.entries.map((e) => html`<tr>
                    <td><input type="checkbox" id="entry-${e.id}" data-testid="choose-entry" .checked=${this.chosen.has(e.id)}
                               @change=${(ev) => this.choose(e.id, ev.target.checked)}></td>
                    <td><label for="entry-${e.id}">${formatDate(e.date)}</label></td><td class="num">${hoursText(e.hours)}</td></tr>`)}</tbody>
                <tfoot><tr><td></td><th scope="row">${t('confirm.total')}</th><td class="num" data-testid="confirm-total">${hoursText(l.totalHours)}</td></tr></tfoot>
            </table>` : html`<p>${t('confirm.nothing')}</p>`}
            <p class="muted">${t('confirm.expires', { at: formatDateTime(l.expiresAt) })}</p>
            ${this.problem && !reasonError ? problemAlert(this.problem) : nothing}
            ${l.entries.length ? html`
                ${this.rejecting ? textArea({ id: 'reason', name: 'reason', label: t('confirm.reason'), required: true, rows: 3,
                    value: this.reason, error: reasonError, onInput: (v) => { this.reason = v; } }) : nothing}
                <div class="button-row button-row--stack">
                    ${this.rejecting ? html`
                        <button type="button" class="button button--danger" data-testid="send-rejection" ?disabled=${this.sending || !this.chosen.size}
                                @click=${() => this.decide('reject')}>${t('confirm.sendRejection')}</button>
                        <button type="button" class="button button--secondary" @click=${() => { this.rejecting = false; }}>${t('common.cancel')}</button>`
                    : html`
                        <button type="button" class="button button--primary" data-testid="confirm-hours" ?disabled=${this.sending || !this.chosen.size}
                                @click=${() => this.decide('confirm')}>${t('confirm.confirm')}</button>
                        <button type="button" class="button button--secondary" data-testid="reject-hours"
                                @click=${() => { this.rejecting = true; }}>${t('confirm.reject')}</button>`}
                </div>` : nothing}
        </section>`;
    }

    choose(id, checked) {
        const chosen = new Set(this.chosen);
        if (checked) chosen.add(id); else chosen.delete(id);
        this.chosen = chosen;
    }

    renderOutcome() {
        const o = this.outcome;
        return html`<div class="alert alert--success" role="status" tabindex="-1" data-testid="outcome">
            <p><strong>${t('confirm.thanks')}</strong></p>
            <p>${o.decision === 'confirm' ? t('confirm.confirmed', { count: o.confirmed }) : t('confirm.rejected', { count: o.rejected })}</p>
            ${o.remaining ? html`<p data-testid="remaining">${t('confirm.remaining', { count: o.remaining })}</p>` : nothing}
        </div>`;
    }
}

customElements.define('vp-confirm-page', ConfirmPage);
