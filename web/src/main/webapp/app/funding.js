/** What the funding pages share about calls and projects: the kinds of call, a project's award, the calls to choose. */
import { api } from './api.js';
import { t } from './i18n.js';
import { euro } from './money.js';

/** The kinds of funding call, in the API's codes. */
export const CALL_KINDS = Object.freeze(['pilot-call', 'network-call', 'action-plan-call', 'project-line']);

/** The award as a sentence: '€ 40.000,00', 'nog te bepalen (hoogstens € 40.000,00)' or '—'. */
export function awardText(p) {
    if (p.awardToBeDetermined) {
        return p.awardMaximum != null ? t('fundingProject.toBeDeterminedAtMost', { amount: euro(p.awardMaximum) }) : t('fundingProject.toBeDetermined');
    }
    return euro(p.awardedAmount);
}

/** Every call, for a filter or a form's select (a few dozen at most). */
export async function loadCalls() {
    return (await api.get('funding/calls', { size: 200, sort: 'reference' })).items;
}
