/** How a match between a newcomer and a buddy is scored, criterion by criterion, as the matching pages show it. */
import { html } from 'lit';
import { formatNumber } from './format.js';
import { t } from './i18n.js';

/** Each criterion of a score: its name, points of the most it could give, and why. */
export function criteriaList(criteria) {
    return html`<ul class="criteria" data-testid="criteria">
        ${criteria.map((c) => html`<li class="criteria__item" data-criterion="${c.code}">
            <span class="criteria__label">${c.label}</span>
            <span class="criteria__points ${c.points < 0 ? 'criteria__points--negative' : ''}">${t('matching.points', { points: formatNumber(c.points), max: formatNumber(c.maxPoints) })}</span>
            <span class="criteria__explanation">${c.explanation}</span>
        </li>`)}
    </ul>`;
}

