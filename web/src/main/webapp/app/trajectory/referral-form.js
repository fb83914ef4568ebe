/**
 * Referring a trajectory to the network of another municipality, with a motivation and a note for whoever takes it
 * over. Afterwards the trajectory belongs to the other network, so the user is led back to the list.
 */
import { html, nothing } from 'lit';
import { api } from '../api.js';
import { problemAlert, summaryOf } from '../form-page.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { selectField, textArea } from '../ui.js';
import { FormPart } from './part.js';

const FIELDS = ['municipalityNis', 'motivation', 'handoverNote'];

class ReferralForm extends FormPart {
    static properties = {
        ...FormPart.properties, onClose: { attribute: false }, referral: { state: true }, municipalities: { state: true },
    };

    constructor() {
        super();
        this.referral = { municipalityNis: '', motivation: '', handoverNote: '' };
        this.municipalities = null;
    }

    async connectedCallback() {
        super.connectedCallback();
        this.municipalities ??= await api.get('public/municipalities');
    }

    refer(event) {
        event.preventDefault();
        const f = this.referral;
        return this.send(async () => {
            const { data } = await api.post(`${this.host.path()}/referral`, {
                municipalityNis: f.municipalityNis || null, motivation: f.motivation.trim() || null,
                handoverNote: f.handoverNote.trim() || null,
            }, { ifMatch: this.host.etag });
            // The trajectory now belongs to the other network: this user may no longer see it.
            navigate('/trajectories', { referred: data.toNetwork });
        });
    }

    render() {
        const f = this.referral;
        const error = (field) => this.fieldError(field);
        const set = (field) => (v) => { this.referral = { ...this.referral, [field]: v }; };
        return html`<form class="form form--inline-card" id="referral-form" novalidate @submit=${(e) => this.refer(e)}>
            <h3>${t('trajectory.refer')}</h3>
            <p class="muted">${t('trajectory.referHint')}</p>
            ${this.errors.size ? summaryOf(this.errors, FIELDS, (x) => t(`trajectory.referralField.${x}`))
                : this.problem ? problemAlert(this.problem) : nothing}
            ${selectField({ id: 'municipalityNis', name: 'municipalityNis', label: t('trajectory.referralField.municipalityNis'), required: true,
                value: f.municipalityNis, error: error('municipalityNis'), empty: t('users.choose'),
                options: (this.municipalities ?? []).map((m) => ({ value: m.nisCode, label: `${m.name} (${m.networkName ?? '—'})` })),
                onInput: set('municipalityNis') })}
            ${textArea({ id: 'motivation', name: 'motivation', label: t('trajectory.referralField.motivation'), required: true,
                value: f.motivation, rows: 2, error: error('motivation'), onInput: set('motivation') })}
            ${textArea({ id: 'handoverNote', name: 'handoverNote', label: t('trajectory.referralField.handoverNote'),
                value: f.handoverNote, rows: 3, hint: t('trajectory.handoverHint'), error: error('handoverNote'), onInput: set('handoverNote') })}
            <div class="form__actions">
                <button class="button button--primary" type="submit" ?disabled=${this.busy} data-testid="send-referral">${t('trajectory.sendReferral')}</button>
                <button class="button button--secondary" type="button" @click=${() => this.onClose()}>${t('common.cancel')}</button>
            </div>
        </form>`;
    }
}

customElements.define('vp-referral-form', ReferralForm);
