/**
 * A trajectory's hours and its progress towards the target, as the trajectory pages, the list, the worklist and the
 * confirmation page show them.
 */
import { html } from 'lit';
import { formatNumber } from './format.js';
import { t } from './i18n.js';

/** Hours in Belgian notation with two decimals (12,25). */
export function hoursText(hours) {
    return formatNumber(hours ?? 0, 2);
}

/**
 * The confirmed hours against the target, as a native progress bar with its figures (for screen readers too). No
 * inline style: the Content-Security-Policy refuses style attributes, also the one lit's styleMap writes at first.
 */
export function progressBar(tr) {
    const percent = Math.max(0, Math.min(100, tr.progressPercent ?? 0));
    const text = t('trajectory.progressText', { confirmed: hoursText(tr.confirmedHours), target: hoursText(tr.targetHours) });
    return html`<div class="progress" data-testid="progress">
        <progress class="progress__bar" max="100" .value=${percent} aria-valuetext="${text}"
                  aria-label="${t('trajectory.progress')}"></progress>
        <span class="progress__text">${text}</span>
    </div>`;
}
