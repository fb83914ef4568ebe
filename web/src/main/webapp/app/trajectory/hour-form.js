/**
 * Logging hours for one of the trajectory's active placements: date, hours and a note. The API decides whether they
 * wait for a confirmation or count at once; the placement stays chosen for the next entry.
 */
import { html, nothing } from 'lit';
import { api } from '../api.js';
import { problemAlert, summaryOf } from '../form-page.js';
import { parseNumber, wireDate } from '../format.js';
import { t } from '../i18n.js';
import { selectField, textField } from '../ui.js';
import { FormPart } from './part.js';

const emptyHours = () => ({ placementId: '', date: '', hours: '', note: '' });

class HourForm extends FormPart {
    static properties = { ...FormPart.properties, placements: { attribute: false }, form: { state: true } };

    constructor() {
        super();
        this.placements = [];
        this.form = emptyHours();
    }

    log(event) {
        event.preventDefault();
        const f = this.form;
        const hours = f.hours.trim();
        return this.send(async () => {
            await api.post(`${this.host.path()}/hours`, {
                placementId: f.placementId || null, date: wireDate(f.date),
                hours: hours === '' ? null : parseNumber(hours) ?? hours, note: f.note.trim() || null,
            });
            this.form = { ...emptyHours(), placementId: f.placementId };
        }, {
            then: () => this.host.changed(t('trajectory.hoursLogged')),
            focus: '#hours-form .error-summary, #hours-form [data-testid=problem]',
        });
    }

    render() {
        const f = this.form;
        const label = (field) => t(`trajectory.hourField.${field}`);
        const set = (field) => (v) => { this.form = { ...this.form, [field]: v }; };
        return html`<form class="form form--inline-card" id="hours-form" novalidate @submit=${(e) => this.log(e)}>
            <h3>${t('trajectory.logHours')}</h3>
            ${this.errors.size ? summaryOf(this.errors, ['placementId', 'date', 'hours', 'note'], label)
                : this.problem ? problemAlert(this.problem) : nothing}
            <div class="form__row">
                ${selectField({ id: 'placementId', name: 'placementId', label: label('placementId'), required: true, value: f.placementId,
                    error: this.fieldError('placementId'), empty: t('users.choose'),
                    options: this.placements.filter((p) => p.status === 'active').map((p) => ({ value: String(p.id), label: p.title })),
                    onInput: set('placementId') })}
                ${textField({ id: 'date', name: 'date', label: label('date'), required: true, value: f.date, error: this.fieldError('date'),
                    inputmode: 'numeric', placeholder: t('form.datePlaceholder'), width: 'date', onInput: set('date') })}
                ${textField({ id: 'hours', name: 'hours', label: label('hours'), required: true, value: f.hours, error: this.fieldError('hours'),
                    inputmode: 'decimal', width: 'number', hint: t('trajectory.hoursHint'), onInput: set('hours') })}
            </div>
            ${textField({ id: 'note', name: 'note', label: label('note'), value: f.note, error: this.fieldError('note'), onInput: set('note') })}
            <div class="form__actions">
                <button class="button button--primary" type="submit" ?disabled=${this.busy} data-testid="log-hours">${t('trajectory.logHoursSubmit')}</button>
            </div>
        </form>`;
    }
}

customElements.define('vp-hour-form', HourForm);
