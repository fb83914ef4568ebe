/**
 * The trajectory's hour log, filtered by status: who decided on each entry and as whom, confirm and reject for
 * pending entries (a change of the whole trajectory, `host.act`: confirming may complete it), and the form to log
 * hours for an active placement.
 */
import { html, nothing } from 'lit';
import { api } from '../api.js';
import { formatDate, formatDateTime } from '../format.js';
import { t } from '../i18n.js';
import { may } from '../permissions.js';
import { hoursText } from '../progress.js';
import { selectField } from '../ui.js';
import { OPEN, Part } from './part.js';
import './hour-form.js';

const HOUR_STATUSES = ['pending', 'confirmed', 'rejected', 'lapsed'];

class HoursCard extends Part {
    static properties = {
        ...Part.properties, hours: { attribute: false }, placements: { attribute: false }, status: { attribute: false },
        onFilter: { attribute: false },
    };

    constructor() {
        super();
        this.placements = [];
    }

    decide(entry, decision) {
        let reason = null;
        if (decision === 'reject') {
            // eslint-disable-next-line no-alert -- a native prompt is accessible and keeps this table compact
            reason = window.prompt(t('trajectory.rejectReason'));
            if (reason === null) return undefined;
        }
        return this.host.act(async () => {
            const { data } = await api.post(`${this.host.path()}/hours/${entry.id}/decision`, { decision, reason });
            return data.completed ? t('trajectory.completedNow') : undefined;
        }, { notice: t(`trajectory.decided.${decision}`) });
    }

    render() {
        const r = this.hours;
        const tr = this.trajectory;
        const open = OPEN.includes(tr.status);
        return html`<section class="card" aria-labelledby="hours-title">
            <h2 id="hours-title" class="card__title">${t('trajectory.hourLog')}</h2>
            ${selectField({ id: 'hours-filter', name: 'hours', label: t('trajectory.hoursFilter'), value: this.status ?? '',
                empty: t('trajectory.allHours'), options: HOUR_STATUSES.map((s) => ({ value: s, label: t(`hourStatus.${s}`) })),
                onInput: (v) => this.onFilter(v || undefined) })}
            ${r.items.length ? html`<div class="table-wrap"><table class="table" data-testid="hours">
                <caption class="visually-hidden">${t('trajectory.hourLog')}</caption>
                <thead><tr>
                    <th scope="col">${t('trajectory.date')}</th><th scope="col" class="num">${t('trajectory.hoursColumn')}</th>
                    <th scope="col">${t('trajectory.placement')}</th><th scope="col">${t('trajectory.hourStatus')}</th>
                    <th scope="col"><span class="visually-hidden">${t('trajectory.actions')}</span></th>
                </tr></thead>
                <tbody>${r.items.map((e) => html`<tr data-entry="${e.id}" data-status="${e.status}">
                    <td>${formatDate(e.date)}${e.recordedAfterwards ? html` <span class="badge" data-testid="recorded-afterwards"
                            title="${t('trajectory.recordedAfterwardsHint')}">${t('trajectory.recordedAfterwards')}</span>` : nothing}
                        ${e.note ? html`<br><span class="muted">${e.note}</span>` : nothing}</td>
                    <td class="num">${hoursText(e.hours)}</td>
                    <td>${this.placements.find((p) => p.id === e.placementId)?.title ?? e.placementId}</td>
                    <td>${t(`hourStatus.${e.status}`)}${e.status === 'lapsed' ? html`<br><span class="muted">${t('trajectory.lapsedWhy', {
                        why: e.decidedBy, at: formatDateTime(e.decidedAt) })}</span>` : e.decidedBy ? html`<br><span class="muted">${t('trajectory.decidedBy', {
                        by: e.decidedBy, as: t(`decidedAs.${e.decidedAs}`), at: formatDateTime(e.decidedAt) })}</span>` : nothing}
                        ${e.rejectionReason ? html`<br><span class="muted">${e.rejectionReason}</span>` : nothing}</td>
                    <td class="actions">${e.status === 'pending' && may('decideHours') && tr.status === 'active' ? html`<div class="button-row button-row--compact">
                        <button type="button" class="button button--secondary button--small" data-testid="confirm-entry" ?disabled=${this.busy}
                                @click=${() => this.decide(e, 'confirm')}>${t('trajectory.confirm')}</button>
                        <button type="button" class="button button--link" data-testid="reject-entry" ?disabled=${this.busy}
                                @click=${() => this.decide(e, 'reject')}>${t('trajectory.reject')}</button>
                    </div>` : nothing}</td>
                </tr>`)}</tbody>
            </table></div>
            ${r.totalItems > r.items.length ? html`<p class="muted">${t('trajectory.moreHours', { shown: r.items.length, total: r.totalItems })}</p>` : nothing}`
            : html`<p class="muted">${t('trajectory.noHours')}</p>`}
            ${may('followTrajectories') && open && this.placements.some((p) => p.status === 'active')
                ? html`<vp-hour-form .host=${this.host} .placements=${this.placements}></vp-hour-form>` : nothing}
        </section>`;
    }
}

customElements.define('vp-trajectory-hours', HoursCard);
