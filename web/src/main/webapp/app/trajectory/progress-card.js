/**
 * The trajectory's progress towards its target (confirmed hours only), the hours reported and still needed, the
 * completion with its certificate code, and the confirmed hours per reporting category.
 */
import { html, nothing } from 'lit';
import { formatDate } from '../format.js';
import { t } from '../i18n.js';
import { hoursText, progressBar } from '../progress.js';

export function progressCard(tr) {
    return html`<section class="card" aria-labelledby="progress-title">
        <h2 id="progress-title" class="card__title">${t('trajectory.progress')}</h2>
        ${progressBar(tr)}
        <p class="muted" data-testid="hours-summary">${t('trajectory.hoursSummary', {
            pending: hoursText(tr.pendingHours), remaining: hoursText(tr.remainingHours) })}</p>
        ${tr.completedOn ? html`<p data-testid="completed-on">${t('trajectory.completedOn', { date: formatDate(tr.completedOn) })}
            ${tr.certificateCode ? html` · ${t('trajectory.certificateCode')} <span class="mono" data-testid="certificate-code">${tr.certificateCode}</span>` : nothing}</p>` : nothing}
        ${tr.hoursByCategory.length ? html`<table class="table table--compact" data-testid="hours-by-category">
            <caption class="visually-hidden">${t('trajectory.byCategory')}</caption>
            <thead><tr><th scope="col">${t('trajectory.category')}</th><th scope="col" class="num">${t('trajectory.hoursColumn')}</th></tr></thead>
            <tbody>${tr.hoursByCategory.map((c) => html`<tr><th scope="row">${c.label}</th><td class="num">${hoursText(c.hours)}</td></tr>`)}</tbody>
        </table>` : nothing}
    </section>`;
}
