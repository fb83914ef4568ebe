/**
 * A new placement: the form rendered from the chosen type's field schema (never a form per type), with the buddy or
 * the offer to place in looked up as the user types: which of the two is the type's own answer (placedWith). The
 * API's violations are shown at the fields they concern, those of the schema's fields too.
 */
import { html, nothing } from 'lit';
import { api } from '../api.js';
import { problemAlert, summaryOf } from '../form-page.js';
import { wireDate } from '../format.js';
import { t } from '../i18n.js';
import { attributesOf, inputId, renderField } from '../schema-form.js';
import { placedWithBuddy, typedFields } from '../trajectory-types.js';
import { lookupField, selectField, textField } from '../ui.js';
import { FormPart } from './part.js';

const emptyPlacement = () => ({ typeId: '', chosen: null, search: '', matches: null, startDate: '', endDate: '', values: {} });

class PlacementForm extends FormPart {
    static properties = { ...FormPart.properties, types: { attribute: false }, placement: { state: true } };

    constructor() {
        super();
        this.types = [];
        this.placement = emptyPlacement();
    }

    chosenType() {
        return this.types?.find((ty) => ty.id === this.placement.typeId) ?? null;
    }

    setPlacement(changes) {
        this.placement = { ...this.placement, ...changes };
    }

    searchTarget(text) {
        this.setPlacement({ search: text });
        clearTimeout(this.searchTimer);
        if (text.trim().length < 2) {
            this.setPlacement({ matches: null });
            return;
        }
        this.searchTimer = setTimeout(async () => {
            const type = this.chosenType();
            const found = placedWithBuddy(type)
                ? (await api.get('buddies', { q: text.trim(), available: 'true', size: 8 })).items.map((b) => ({
                    value: b.id, label: `${b.firstName} ${b.lastName}`, detail: `${b.reference} · ${b.municipalityName ?? ''}`, item: b }))
                : (await api.get('offers', { q: text.trim(), type: type.id, status: 'published', freePlaces: 'true', size: 8 }))
                    .items.map((o) => ({ value: o.id, label: o.title, detail: `${o.organisationName} · ${o.municipalityName}`, item: o }));
            if (this.placement.search === text) this.setPlacement({ matches: found });
        }, 250);
    }

    add(event) {
        event.preventDefault();
        const type = this.chosenType();
        const p = this.placement;
        const body = {
            typeId: p.typeId || null,
            ...(placedWithBuddy(type) ? { buddyId: p.chosen?.value ?? null } : { offerId: p.chosen?.value ?? null }),
            startDate: wireDate(p.startDate), endDate: wireDate(p.endDate),
            attributes: attributesOf(typedFields(type), p.values),
        };
        return this.send(async () => {
            await api.post(`${this.host.path()}/placements`, body);
            this.placement = emptyPlacement();
        }, {
            then: () => this.host.changed(t('trajectory.placementAdded')),
            focus: '#placement-form .error-summary, #placement-form [data-testid=problem]',
        });
    }

    /** The element id of a placement violation's field ('attributes.supervisor' → the schema field's input). */
    fieldId(field) {
        if (field.startsWith('attributes.')) {
            const name = field.slice('attributes.'.length);
            const typed = typedFields(this.chosenType()).find((f) => f.name === name);
            return typed ? inputId(typed) : 'placement-target';
        }
        if (field === 'startDate' || field === 'endDate') {
            // A type whose schema has the period (an internship) asks for it among its own fields.
            const own = typedFields(this.chosenType()).find((f) => f.name === field);
            return own ? inputId(own) : `placement-${field}`;
        }
        return { typeId: 'placement-type', offerId: 'placement-target', buddyId: 'placement-target' }[field] ?? null;
    }

    render() {
        const p = this.placement;
        const type = this.chosenType();
        const buddy = placedWithBuddy(type);
        const fields = typedFields(type);
        const label = (field) => {
            const id = this.fieldId(field);
            return fields.find((f) => inputId(f) === id)?.label ?? t(`trajectory.placementField.${{ 'placement-target': buddy ? 'buddyId' : 'offerId',
                'placement-type': 'typeId', 'placement-startDate': 'startDate', 'placement-endDate': 'endDate' }[id] ?? 'typeId'}`);
        };
        return html`<section class="card" id="placement-form" aria-labelledby="new-placement-title">
            <h2 id="new-placement-title" class="card__title">${t('trajectory.newPlacement')}</h2>
            ${this.errors.size ? summaryOf(this.errors, (field) => this.fieldId(field), label)
                : this.problem ? problemAlert(this.problem) : nothing}
            <form class="form" novalidate @submit=${(e) => this.add(e)}>
                ${selectField({ id: 'placement-type', name: 'typeId', label: t('trajectory.placementField.typeId'), required: true,
                    value: p.typeId, error: this.fieldError('typeId'), empty: t('users.choose'),
                    options: this.types.map((ty) => ({ value: ty.id, label: ty.label })),
                    onInput: (v) => this.setPlacement({ typeId: v, chosen: null, search: '', matches: null, values: {} }) })}
                ${type ? html`
                    <p class="muted">${type.description}</p>
                    ${lookupField({
                        id: 'placement-target', name: buddy ? 'buddyId' : 'offerId', required: true,
                        label: t(buddy ? 'trajectory.placementField.buddyId' : 'trajectory.placementField.offerId'),
                        hint: t(buddy ? 'trajectory.buddyHint' : 'trajectory.offerHint'),
                        error: this.fieldError('offerId', 'buddyId', ...type.fields.filter((f) => f.kind === 'reference').map((f) => `attributes.${f.name}`)),
                        search: p.search, matches: p.matches, chosen: p.chosen,
                        onSearch: (v) => this.searchTarget(v),
                        onChoose: (id) => this.setPlacement({ chosen: p.matches.find((m) => m.value === id), matches: null }),
                        onClear: () => this.setPlacement({ chosen: null, search: '' }),
                    })}
                    ${fields.map((f) => renderField(f, p.values[f.name], this.fieldError(`attributes.${f.name}`,
                            ...(['startDate', 'endDate'].includes(f.name) ? [f.name] : [])),
                        (v) => this.setPlacement({ values: { ...p.values, [f.name]: v } })))}
                    ${fields.some((f) => f.name === 'startDate') ? nothing : html`<div class="form__row">
                        ${textField({ id: 'placement-startDate', name: 'startDate', label: t('trajectory.placementField.startDate'),
                            value: p.startDate, error: this.fieldError('startDate'), inputmode: 'numeric', width: 'date',
                            placeholder: t('form.datePlaceholder'), hint: t('trajectory.startDateHint'), onInput: (v) => this.setPlacement({ startDate: v }) })}
                        ${textField({ id: 'placement-endDate', name: 'endDate', label: t('trajectory.placementField.endDate'),
                            value: p.endDate, error: this.fieldError('endDate'), inputmode: 'numeric', width: 'date',
                            placeholder: t('form.datePlaceholder'), onInput: (v) => this.setPlacement({ endDate: v }) })}
                    </div>`}
                    <div class="form__actions">
                        <button class="button button--primary" type="submit" ?disabled=${this.busy} data-testid="add-placement">${t('trajectory.addPlacement')}</button>
                    </div>` : nothing}
            </form>
        </section>`;
    }
}

customElements.define('vp-placement-form', PlacementForm);
