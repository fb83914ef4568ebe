/** How a match between a newcomer and a buddy is scored and for which trajectory type, as the matching pages show it. */
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

/** The type whose placements are made with a buddy: the one whose schema has a reference to a buddy. */
export function buddyType(types) {
    return types.find((type) => type.fields.some((f) => f.kind === 'reference' && f.refersTo === 'buddy')) ?? null;
}
