/**
 * The offer page's approval for the public finder: the decree's checklist of a participation activity (a
 * Dutch-speaking setting, new people outside one's own circle, a group or a duo, enough hours) with who approved and
 * when. The network's coordinators (and administrators) get the form "Goedkeuren voor de publieke zoeker" and can
 * withdraw the approval; everyone else sees the state only. The page keeps the state (`approvalForm`,
 * `approvalErrors`, `approvalProblem`, `approving`) and shows the answer (the offer with its new version). Both calls
 * send the version the page read (If-Match): what is approved is what the coordinator saw.
 */
import { html, nothing } from 'lit';
import { api, request } from './api.js';
import { formatDateTime, formatNumber } from './format.js';
import { t } from './i18n.js';
import { choiceGroup, textField, violationText } from './ui.js';
import { errorsOf, problemAlert, summaryOf } from './form-page.js';

/** The fewest hours the API accepts: a quarter of the 40 hours (ApprovalChecklist.MIN_HOURS). */
export const MIN_HOURS = 10;
const CRITERIA = ['dutchSetting', 'newContacts', 'groupOrDuo'];

export function approvalFormOf(offer) {
    const a = offer?.approval;
    return {
        criteria: a ? CRITERIA.filter((c) => a[c]) : [],
        hoursPossible: a ? formatNumber(a.hoursPossible) : '',
    };
}

async function send(page, call) {
    if (page.approving) return;
    page.approving = true;
    try {
        const { data, etag } = await call();
        page.approvalErrors = new Map();
        page.approvalProblem = null;
        page.show(data, etag, { keepInput: true });
        page.approvalForm = approvalFormOf(data);
        await page.updateComplete;
        page.querySelector('[data-testid=approval-state]')?.focus();
    } catch (error) {
        page.approvalErrors = errorsOf(error);
        page.approvalProblem = error;
        await page.updateComplete;
        page.querySelector('#approval .error-summary, #approval [data-testid=problem]')?.focus();
    } finally {
        page.approving = false;
    }
}

function approve(page, event) {
    event.preventDefault();
    const f = page.approvalForm;
    const hours = f.hoursPossible.trim();
    const body = {
        dutchSetting: f.criteria.includes('dutchSetting'),
        newContacts: f.criteria.includes('newContacts'),
        groupOrDuo: f.criteria.includes('groupOrDuo'),
        hoursPossible: hours === '' ? null : /^\d+$/.test(hours) ? Number(hours) : hours,
    };
    // the version the coordinator read: an offer changed since is not approved unseen (412)
    return send(page, () => api.put(`offers/${page.record.id}/approval`, body, { ifMatch: page.etag }));
}

function withdraw(page) {
    return send(page, () => request('DELETE', `offers/${page.record.id}/approval`, { ifMatch: page.etag }));
}

function renderState(o) {
    const a = o.approval;
    return html`<p tabindex="-1" data-testid="approval-state">${a
        ? html`${t('offer.approval.approved', { who: a.approvedBy, when: formatDateTime(a.approvedAt) })}`
        : t('offer.approval.notApproved')}</p>
        ${a ? html`<ul class="plain-list" data-testid="approval-checklist">
            ${CRITERIA.map((c) => html`<li>${a[c] ? '✓' : '✗'} ${t(`offer.approval.${c}`)}</li>`)}
            <li>${t('offer.approval.hours', { hours: formatNumber(a.hoursPossible) })}</li>
        </ul>` : nothing}`;
}

/** The approval card: state for everyone, the form for who may approve. */
export function renderApproval(page, o) {
    const f = page.approvalForm ?? approvalFormOf(o);
    const errors = page.approvalErrors ?? new Map();
    const error = (field) => errors.get(field)?.map(violationText).join(' ');
    const label = (field) => t(`offer.approval.${field}`);
    const idOf = (field) => (field === 'hoursPossible' ? 'approval-hours' : CRITERIA.includes(field) ? 'approval-criteria' : null);
    const criteriaError = CRITERIA.map(error).filter(Boolean).join(' ');
    return html`<section class="card" id="approval" aria-labelledby="approval-title" data-testid="approval">
        <h2 id="approval-title" class="card__title">${t('offer.approval.title')}</h2>
        <p class="field__hint">${t('offer.approval.lead', { hours: MIN_HOURS })}</p>
        ${renderState(o)}
        ${o.approvable ? html`
            ${errors.size ? summaryOf(errors, idOf, label) : page.approvalProblem ? problemAlert(page.approvalProblem) : nothing}
            <form class="form" novalidate @submit=${(e) => approve(page, e)} data-testid="approval-form">
                ${choiceGroup({ id: 'approval-criteria', name: 'approval-criteria', type: 'checkbox', label: t('offer.approval.criteria'),
                    value: f.criteria, error: criteriaError || null,
                    options: CRITERIA.map((c) => ({ value: c, label: t(`offer.approval.${c}`) })),
                    onInput: (v) => { page.approvalForm = { ...f, criteria: v }; } })}
                ${textField({ id: 'approval-hours', name: 'approval-hours', label: label('hoursPossible'), value: f.hoursPossible,
                    hint: t('offer.approval.hint.hours', { hours: MIN_HOURS }), error: error('hoursPossible'), inputmode: 'numeric',
                    width: 'number', onInput: (v) => { page.approvalForm = { ...f, hoursPossible: v }; } })}
                <div class="form__actions">
                    <button class="button" type="submit" ?disabled=${page.approving}>${t('offer.approval.approve')}</button>
                    ${o.approval ? html`<button class="button button--secondary" type="button" ?disabled=${page.approving}
                        @click=${() => withdraw(page)}>${t('offer.approval.withdraw')}</button>` : nothing}
                </div>
            </form>` : nothing}
    </section>`;
}
