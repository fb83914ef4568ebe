/**
 * The trajectory's plan (target hours and why, counsellor, deadline, the dates it went through) and the referrals to
 * other networks; who follows the trajectory changes the plan or refers it from here, one form at a time.
 */
import { html, nothing } from 'lit';
import { formatDate, formatDateTime } from '../format.js';
import { t } from '../i18n.js';
import { may } from '../permissions.js';
import { hoursText } from '../progress.js';
import { OPEN, Part } from './part.js';
import './plan-form.js';
import './referral-form.js';

class PlanCard extends Part {
    static properties = { ...Part.properties, referrals: { attribute: false }, form: { state: true } };

    constructor() {
        super();
        this.referrals = [];
        this.form = null; // 'plan' or 'referral' while one is open
    }

    render() {
        const tr = this.trajectory;
        if (tr.minimal) return nothing;
        return html`<section class="card" aria-labelledby="plan-title">
            <h2 id="plan-title" class="card__title">${t('trajectory.plan')}</h2>
            <dl class="facts" data-testid="plan">
                <dt>${t('trajectory.target')}</dt><dd>${hoursText(tr.targetHours)}${tr.targetReason ? html` <span class="muted">(${tr.targetReason})</span>` : nothing}</dd>
                <dt>${t('trajectory.counsellor')}</dt><dd>${tr.counsellor ?? '—'}</dd>
                <dt>${t('trajectory.deadline')}</dt><dd>${formatDate(tr.deadline) || '—'}</dd>
                <dt>${t('trajectory.openedOn')}</dt><dd>${formatDate(tr.openedOn)}</dd>
                ${tr.startedOn ? html`<dt>${t('trajectory.startedOn')}</dt><dd>${formatDate(tr.startedOn)}</dd>` : nothing}
                ${tr.endedOn ? html`<dt>${t('trajectory.endedOn')}</dt><dd>${formatDate(tr.endedOn)}</dd>` : nothing}
                ${tr.statusReason ? html`<dt>${t('trajectory.statusReason')}</dt><dd>${tr.statusReason}</dd>` : nothing}
            </dl>
            ${this.referrals.length ? html`<h3 class="card__subtitle">${t('trajectory.referrals')}</h3>
                <ul class="plain-list" data-testid="referrals">${this.referrals.map((r) => html`<li>
                    ${t('trajectory.referralLine', { from: r.fromNetwork, to: r.toNetwork, at: formatDateTime(r.referredAt), by: r.referredBy })}
                    ${r.handoverNote ? html`<br><span class="muted">${r.handoverNote}</span>` : nothing}</li>`)}</ul>` : nothing}
            ${may('followTrajectories') && OPEN.includes(tr.status) ? this.renderActions() : nothing}
        </section>`;
    }

    renderActions() {
        const close = () => { this.form = null; };
        if (this.form === 'plan') {
            return html`<vp-plan-form .host=${this.host} .trajectory=${this.trajectory} .onClose=${close}></vp-plan-form>`;
        }
        if (this.form === 'referral') {
            return html`<vp-referral-form .host=${this.host} .trajectory=${this.trajectory} .onClose=${close}></vp-referral-form>`;
        }
        return html`<div class="button-row">
            <button type="button" class="button button--secondary" data-testid="edit-plan" @click=${() => { this.form = 'plan'; }}>${t('trajectory.editPlan')}</button>
            <button type="button" class="button button--link" data-testid="refer" @click=${() => { this.form = 'referral'; }}>${t('trajectory.refer')}</button>
        </div>`;
    }
}

customElements.define('vp-trajectory-plan', PlanCard);
