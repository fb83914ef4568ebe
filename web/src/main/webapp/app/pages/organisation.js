/**
 * One partner organisation, or a new one (address #/organisations/new): its facts, and a form with its contact persons
 * for those who may manage it. Creating sends POST; changing sends the version read (If-Match), so that nobody
 * overwrites somebody else's change unknowingly. The API checks everything and its violations show at the fields,
 * also at one field of one contact person. Below the facts: the organisation's consent to have its approved offers
 * in the public finder, with who recorded it and when, and a button to give or withdraw it.
 */
import { html, nothing } from 'lit';
import { FormPage, problemAlert } from '../form-page.js';
import { api } from '../api.js';
import { formatDateTime } from '../format.js';
import { t } from '../i18n.js';
import { ORGANISATION_KINDS } from '../reference.js';
import { navigate } from '../router.js';
import { signedIn } from '../session.js';
import { breadcrumb, choiceGroup, selectField, textArea, textField } from '../ui.js';
import { activeBadge } from '../badges.js';
import { loadMunicipalities, loadNetworks } from '../choosers.js';
import { kindName } from '../names.js';
import { may } from '../permissions.js';

const FIELDS = ['name', 'kind', 'municipalityNis', 'address', 'website', 'description', 'active'];
const CONTACT_FIELDS = ['name', 'functionTitle', 'email', 'phone'];

class OrganisationPage extends FormPage {
    static properties = {
        ...FormPage.properties, networks: { state: true }, municipalities: { state: true },
        listingProblem: { state: true }, listing: { state: true },
    };

    constructor() {
        super(FIELDS);
        this.networks = null;
        this.municipalities = [];
    }

    recordPath() {
        return this.params.id === 'new' ? null : `organisations/${encodeURIComponent(this.params.id)}`;
    }

    createPath() {
        return 'organisations';
    }

    created(organisation) {
        navigate(`/organisations/${organisation.id}`, { created: 1 });
    }

    async loadContext() {
        const networks = this.networks ?? await loadNetworks();
        return () => {
            this.networks = networks;
        };
    }

    show(organisation, etag, { keepInput }) {
        super.show(organisation, etag, { keepInput });
        if (!keepInput) {
            this.chooseNetwork(organisation.networkId, { keepMunicipality: true });
        }
    }

    formOf(o) {
        const mine = signedIn()?.municipalityNis;
        return {
            name: o?.name ?? '',
            kind: o?.kind ?? '',
            network: o?.networkId ?? '',
            municipalityNis: o?.municipalityNis ?? mine ?? '',
            address: o?.address ?? '',
            website: o?.website ?? '',
            description: o?.description ?? '',
            active: o === null || o.active ? 'yes' : 'no',
            contacts: (o?.contacts ?? []).map((c) => ({ name: c.name ?? '', functionTitle: c.functionTitle ?? '', email: c.email ?? '', phone: c.phone ?? '' })),
        };
    }

    bodyOf(f) {
        const blankToNull = (v) => (v.trim() === '' ? null : v.trim());
        return {
            name: f.name, kind: f.kind || null, municipalityNis: f.municipalityNis || null, address: blankToNull(f.address),
            website: blankToNull(f.website), description: blankToNull(f.description), active: f.active === 'yes',
            contacts: f.contacts.map((c) => ({ name: c.name, functionTitle: blankToNull(c.functionTitle), email: blankToNull(c.email), phone: blankToNull(c.phone) })),
        };
    }

    /** 'contacts[1].email' is the input 'contacts-1-email'. */
    fieldId(field) {
        const contact = /^contacts\[(\d+)]\.(\w+)$/.exec(field);
        if (contact) {
            return Number(contact[1]) < (this.form?.contacts.length ?? 0) && CONTACT_FIELDS.includes(contact[2])
                ? `contacts-${contact[1]}-${contact[2]}` : null;
        }
        return super.fieldId(field);
    }

    pageTitle() {
        return this.isNew() ? t('organisation.newTitle') : this.record?.name ?? t('organisation.title');
    }

    /** Narrows the municipality select to one network; a chosen municipality outside it is cleared. */
    async chooseNetwork(networkId, { keepMunicipality = false } = {}) {
        if (!keepMunicipality) this.input('network', networkId);
        const municipalities = await loadMunicipalities(networkId);
        if ((this.form.network || networkId) === networkId) {
            this.municipalities = municipalities;
            if (!municipalities.some((m) => m.nisCode === this.form.municipalityNis)) {
                this.input('municipalityNis', '');
            }
        }
    }

    contactInput(index, field, value) {
        const contacts = this.form.contacts.map((c, i) => (i === index ? { ...c, [field]: value } : c));
        this.input('contacts', contacts);
    }

    async addContact() {
        this.input('contacts', [...this.form.contacts, { name: '', functionTitle: '', email: '', phone: '' }]);
        await this.updateComplete;
        this.querySelector(`#contacts-${this.form.contacts.length - 1}-name`)?.focus();
    }

    async removeContact(index) {
        this.input('contacts', this.form.contacts.filter((_, i) => i !== index));
        // The API's violations name contacts by position: after a removal they no longer point at the right one.
        this.errors = new Map([...this.errors].filter(([field]) => !field.startsWith('contacts[')));
        await this.updateComplete;
        this.querySelector('[data-testid=add-contact]')?.focus();
    }

    render() {
        const heading = this.isNew() ? t('organisation.newTitle') : this.record?.name ?? t('organisation.title');
        if (this.failure) {
            return html`${this.renderBreadcrumb(heading)}<div class="page-header"><h1 tabindex="-1">${heading}</h1></div>${this.renderFailure()}`;
        }
        if (!this.form || !this.networks || (!this.isNew() && !this.record)) {
            return this.renderLoading();
        }
        if (this.isNew()) {
            return html`${this.renderBreadcrumb(heading)}
                <div class="page-header"><h1 tabindex="-1">${heading}</h1><p class="lead">${t('organisation.newLead')}</p></div>
                ${may('registerOrganisations') ? this.renderForm() : html`<div class="alert alert--error" role="alert">${t('organisation.mayNotRegister')}</div>`}`;
        }
        const o = this.record;
        return html`${this.renderBreadcrumb(heading)}
            <div class="page-header">
                <h1 tabindex="-1">${o.name}</h1>
                <p class="lead">${kindName(o.kind)} · ${o.municipalityName} ${activeBadge(o.active)}</p>
            </div>
            ${this.query.created ? html`<div class="alert alert--success" role="status" data-testid="created">${t('organisation.created')}</div>` : ''}
            <div class="columns">
                <div class="stack">${this.renderFacts(o)}${this.renderPublicListing(o)}</div>
                ${this.renderForm()}
            </div>`;
    }

    /** The consent to be listed in the public finder: its state for everyone, the button for who may manage. */
    renderPublicListing(o) {
        return html`<section class="card" id="public-listing" aria-labelledby="public-listing-title" data-testid="public-listing">
            <h2 id="public-listing-title" class="card__title">${t('organisation.publicListing.title')}</h2>
            <p class="field__hint">${t('organisation.publicListing.lead')}</p>
            <p tabindex="-1" data-testid="public-listing-state">${o.publicListing
                ? t('organisation.publicListing.yes', { who: o.publicListingBy, when: formatDateTime(o.publicListingAt) })
                : o.publicListingAt ? t('organisation.publicListing.withdrawn', { who: o.publicListingBy, when: formatDateTime(o.publicListingAt) })
                    : t('organisation.publicListing.no')}</p>
            ${this.listingProblem ? problemAlert(this.listingProblem) : nothing}
            ${may('registerOrganisations') ? html`<button class="button button--secondary" type="button" ?disabled=${this.listing}
                data-testid="public-listing-toggle" @click=${() => this.togglePublicListing(o)}>${o.publicListing
                    ? t('organisation.publicListing.withdraw') : t('organisation.publicListing.give')}</button>` : nothing}
        </section>`;
    }

    async togglePublicListing(o) {
        if (this.listing) return;
        this.listing = true;
        try {
            const { data, etag } = await api.put(`organisations/${o.id}/public-listing`, { publicListing: !o.publicListing });
            this.listingProblem = null;
            this.show(data, etag, { keepInput: true });
            await this.updateComplete;
            this.querySelector('[data-testid=public-listing-state]')?.focus();
        } catch (error) {
            this.listingProblem = error;
        } finally {
            this.listing = false;
        }
    }

    renderBreadcrumb(current) {
        return breadcrumb('#/organisations', t('nav.organisations'), current);
    }

    renderFacts(o) {
        return html`<section class="card" aria-labelledby="facts-title">
            <h2 id="facts-title" class="card__title">${t('organisation.facts')}</h2>
            <dl class="facts" data-testid="facts">
                <dt>${t('organisation.field.municipalityNis')}</dt><dd>${o.municipalityName}</dd>
                <dt>${t('organisation.network')}</dt><dd>${o.networkName}</dd>
                <dt>${t('organisation.field.address')}</dt><dd>${o.address ?? '—'}</dd>
                <dt>${t('organisation.field.website')}</dt><dd>${o.website ? html`<a href="${o.website}" rel="noopener noreferrer" target="_blank">${o.website}</a>` : '—'}</dd>
            </dl>
            <h3 class="card__subtitle">${t('organisation.contacts')}</h3>
            ${o.contacts === null
                ? html`<p class="muted" data-testid="contacts-hidden">${t('organisation.contactsHidden')}</p>`
                : o.contacts.length
                    ? html`<ul class="plain-list plain-list--spaced" data-testid="contacts">${o.contacts.map((c) => html`<li>
                        <strong>${c.name}</strong>${c.functionTitle ? html`, ${c.functionTitle}` : nothing}<br>
                        ${c.email ? html`<a href="mailto:${c.email}">${c.email}</a>` : nothing} ${c.phone ?? nothing}</li>`)}</ul>`
                    : html`<p class="muted">${t('organisation.noContacts')}</p>`}
        </section>`;
    }

    renderForm() {
        const f = this.form;
        const error = (field) => this.fieldError(field);
        const label = (field) => {
            const contact = /^contacts\[(\d+)]\.(\w+)$/.exec(field);
            return contact ? t('organisation.contactField', { n: Number(contact[1]) + 1, field: t(`organisation.contact.${contact[2]}`) })
                : t(`organisation.field.${field}`);
        };
        return html`<section class="card" id="organisation-form" aria-labelledby="form-title">
            <h2 id="form-title" class="card__title">${this.isNew() ? t('organisation.newForm') : t('organisation.edit')}</h2>
            ${this.renderSaveProblem(label)}
            ${this.renderSaved(t('organisation.saved'))}
            <form class="form" novalidate @submit=${(e) => this.save(e)}>
                ${textField({ id: 'name', name: 'name', label: label('name'), required: true, value: f.name,
                    error: error('name'), onInput: (v) => this.input('name', v) })}
                ${selectField({ id: 'kind', name: 'kind', label: label('kind'), required: true, value: f.kind, error: error('kind'),
                    empty: t('organisation.chooseKind'), options: ORGANISATION_KINDS.map((k) => ({ value: k, label: kindName(k) })),
                    onInput: (v) => this.input('kind', v) })}
                ${this.renderMunicipality(error, label)}
                ${textField({ id: 'address', name: 'address', label: label('address'), value: f.address,
                    hint: t('organisation.hint.address'), error: error('address'), onInput: (v) => this.input('address', v) })}
                ${textField({ id: 'website', name: 'website', label: label('website'), value: f.website, type: 'url',
                    hint: t('organisation.hint.website'), error: error('website'), onInput: (v) => this.input('website', v) })}
                ${textArea({ id: 'description', name: 'description', label: label('description'), value: f.description,
                    error: error('description'), onInput: (v) => this.input('description', v) })}
                ${choiceGroup({ id: 'active', name: 'active', type: 'radio', inline: true, label: label('active'), value: f.active,
                    hint: t('organisation.hint.active'), error: error('active'),
                    options: [{ value: 'yes', label: t('common.yes') }, { value: 'no', label: t('common.no') }],
                    onInput: (v) => this.input('active', v) })}
                ${this.renderContacts(error)}
                ${this.renderActions({ createLabel: t('organisation.create'), cancelHref: '#/organisations' })}
            </form>
        </section>`;
    }

    renderMunicipality(error, label) {
        const f = this.form;
        if (signedIn()?.municipalityNis) {
            return nothing; // a user bound to a municipality registers there only, which formOf() filled in
        }
        return html`<div class="form__row">
            ${selectField({ id: 'network', name: 'network', label: t('organisation.network'), value: f.network,
                empty: t('users.choose'), options: this.networks.map((n) => ({ value: n.id, label: n.name })),
                onInput: (v) => this.chooseNetwork(v) })}
            ${selectField({ id: 'municipalityNis', name: 'municipalityNis', label: label('municipalityNis'), required: true,
                value: f.municipalityNis, error: error('municipalityNis'), empty: f.network ? t('users.choose') : t('organisation.chooseNetworkFirst'),
                options: this.municipalities.map((m) => ({ value: m.nisCode, label: m.name })),
                onInput: (v) => this.input('municipalityNis', v) })}
        </div>`;
    }

    renderContacts(error) {
        const contacts = this.form.contacts;
        return html`<fieldset class="fieldset repeat" data-testid="contact-fields">
            <legend class="field__label">${t('organisation.contacts')}</legend>
            <p class="field__hint">${t('organisation.hint.contacts')}</p>
            ${contacts.map((c, i) => html`<div class="repeat__item" data-contact="${i}">
                <h3 class="repeat__title">${t('organisation.contactN', { n: i + 1 })}</h3>
                <div class="form__row">
                    ${CONTACT_FIELDS.map((field) => textField({
                        id: `contacts-${i}-${field}`, name: `contacts-${i}-${field}`, label: t(`organisation.contact.${field}`),
                        required: field === 'name', type: field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text',
                        value: c[field], error: error(`contacts[${i}].${field}`), onInput: (v) => this.contactInput(i, field, v),
                    }))}
                </div>
                <button type="button" class="button button--link" @click=${() => this.removeContact(i)}
                        aria-label="${t('organisation.removeContactN', { n: i + 1 })}">${t('organisation.removeContact')}</button>
            </div>`)}
            <button type="button" class="button button--secondary" data-testid="add-contact" @click=${() => this.addContact()}>${t('organisation.addContact')}</button>
        </fieldset>`;
    }
}

customElements.define('vp-organisation-page', OrganisationPage);
