/**
 * Changing a trajectory's plan: its target hours (and why they differ from the type's), deadline and counsellor.
 * Saved under optimistic locking; when the trajectory changed meanwhile, the newest version is shown and what was
 * typed stays in the form.
 */
import { html, nothing } from 'lit';
import { api } from '../api.js';
import { problemAlert, summaryOf } from '../form-page.js';
import { formatDate, formatNumber, parseNumber, wireDate } from '../format.js';
import { t } from '../i18n.js';
import { textArea, textField } from '../ui.js';
import { FormPart } from './part.js';

const FIELDS = ['targetHours', 'targetReason', 'deadline', 'counsellor'];

class PlanForm extends FormPart {
    static properties = { ...FormPart.properties, onClose: { attribute: false }, plan: { state: true } };

    constructor() {
        super();
        this.plan = null; // as typed, filled from the trajectory when the form opens
    }

    willUpdate() {
        if (!this.plan && this.trajectory) {
            const tr = this.trajectory;
            this.plan = {
                targetHours: formatNumber(tr.targetHours), targetReason: tr.targetReason ?? '', deadline: formatDate(tr.deadline),
                counsellor: tr.counsellor ?? '',
            };
        }
    }

    async save(event) {
        event.preventDefault();
        const f = this.plan;
        const target = f.targetHours.trim();
        const error = await this.send(() => api.put(this.host.path(), {
            targetHours: target === '' ? null : parseNumber(target) ?? target, targetReason: f.targetReason.trim() || null,
            deadline: wireDate(f.deadline), counsellor: f.counsellor.trim() || null,
        }, { ifMatch: this.host.etag }), {
            then: () => {
                this.onClose();
                return this.host.changed(t('trajectory.planSaved'));
            },
        });
        if (error?.changedMeanwhile) await this.host.refresh(); // the newest version; what was typed stays in the form
    }

    render() {
        const f = this.plan;
        const error = (field) => this.fieldError(field);
        const set = (field) => (v) => { this.plan = { ...this.plan, [field]: v }; };
        return html`<form class="form form--inline-card" id="plan-form" novalidate @submit=${(e) => this.save(e)}>
            <h3>${t('trajectory.editPlan')}</h3>
            ${this.errors.size ? summaryOf(this.errors, FIELDS, (x) => t(`trajectory.planField.${x}`))
                : this.problem ? problemAlert(this.problem) : nothing}
            ${textField({ id: 'targetHours', name: 'targetHours', label: t('trajectory.planField.targetHours'), value: f.targetHours,
                inputmode: 'decimal', width: 'number', error: error('targetHours'), hint: t('trajectory.targetHint'), onInput: set('targetHours') })}
            ${textArea({ id: 'targetReason', name: 'targetReason', label: t('trajectory.planField.targetReason'), value: f.targetReason,
                rows: 2, error: error('targetReason'), onInput: set('targetReason') })}
            ${textField({ id: 'deadline', name: 'deadline', label: t('trajectory.planField.deadline'), value: f.deadline, width: 'date',
                inputmode: 'numeric', placeholder: t('form.datePlaceholder'), error: error('deadline'), onInput: set('deadline') })}
            ${textField({ id: 'counsellor', name: 'counsellor', label: t('trajectory.planField.counsellor'), value: f.counsellor,
                hint: t('trajectory.counsellorHint'), error: error('counsellor'), onInput: set('counsellor') })}
            <div class="form__actions">
                <button class="button button--primary" type="submit" ?disabled=${this.busy} data-testid="save-plan">${t('common.save')}</button>
                <button class="button button--secondary" type="button" @click=${() => this.onClose()}>${t('common.cancel')}</button>
            </div>
        </form>`;
    }
}

customElements.define('vp-plan-form', PlanForm);
