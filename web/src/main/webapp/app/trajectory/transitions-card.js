/**
 * The guarded transitions of an open trajectory: start (from intake), stop and exempt, with the reason the API asks
 * for stopping and exempting. Completion happens by itself when the confirmed hours reach the target.
 */
import { html, nothing } from 'lit';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { textArea } from '../ui.js';
import { Part } from './part.js';

class TransitionsCard extends Part {
    static properties = { ...Part.properties, reason: { state: true } };

    constructor() {
        super();
        this.reason = '';
    }

    transition(to) {
        return this.host.act(async () => {
            await api.post(`${this.host.path()}/transitions`, { to, reason: this.reason.trim() || null }, { ifMatch: this.host.etag });
            this.reason = '';
        }, { notice: t(`trajectory.transitioned.${to}`) });
    }

    render() {
        const tr = this.trajectory;
        return html`<section class="card" aria-labelledby="transitions-title" data-testid="transitions">
            <h2 id="transitions-title" class="card__title">${t('trajectory.transitions')}</h2>
            ${tr.status === 'intake' ? html`<p>${t('trajectory.startHint')}</p>
                <button type="button" class="button button--primary" data-testid="start" ?disabled=${this.busy}
                        @click=${() => this.transition('active')}>${t('trajectory.start')}</button>` : nothing}
            ${textArea({ id: 'transition-reason', name: 'reason', label: t('trajectory.reason'), hint: t('trajectory.reasonHint'),
                value: this.reason, rows: 2, onInput: (v) => { this.reason = v; } })}
            <div class="button-row">
                <button type="button" class="button button--secondary" data-testid="stop" ?disabled=${this.busy}
                        @click=${() => this.transition('stopped')}>${t('trajectory.stop')}</button>
                <button type="button" class="button button--secondary" data-testid="exempt" ?disabled=${this.busy}
                        @click=${() => this.transition('exempted')}>${t('trajectory.exempt')}</button>
            </div>
        </section>`;
    }
}

customElements.define('vp-trajectory-transitions', TransitionsCard);
