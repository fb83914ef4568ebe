/**
 * One offer of the catalogue, or a new one (#/offers/new): its facts, and for those who may manage it a form. The
 * organisation is searched among all (there are thousands); the trajectory type and its reporting categories come
 * from the registry through the API; the municipality is chosen within a network. Creating sends POST; changing sends
 * the version read (If-Match). The API checks everything and its violations show at the fields. Below: the approval
 * for the public finder (offer-approval.js); the form also holds the days of the week and the organisation's short
 * descriptions in the finder's languages.
 */
import { html, nothing } from 'lit';
import { FormPage } from '../form-page.js';
import { api } from '../api.js';
import { loadTrajectoryTypes } from '../trajectory-types.js';
import { formatDate, formatNumber, wireDate } from '../format.js';
import { t } from '../i18n.js';
import { DUTCH_LEVELS, OFFER_STATUSES } from '../reference.js';
import { navigate } from '../router.js';
import { signedIn } from '../session.js';
import { breadcrumb, choiceGroup, lookupField, selectField, textArea, textField, violationText } from '../ui.js';
import { offerStatusBadge } from '../badges.js';
import { loadNetworks, networkAndMunicipalityFields, showMunicipalities } from '../choosers.js';
import { periodText, placesText } from '../offer-texts.js';
import { may } from '../permissions.js';
import { approvalFormOf, renderApproval } from '../offer-approval.js';

/** The days of the week (codes of the API) and the languages of the public finder's short descriptions. */
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const SUMMARY_LANGUAGES = ['nl', 'en', 'fr', 'ar', 'uk', 'tr', 'fa'];
const SUMMARY_MAX = 300;

const FIELDS = ['organisationId', 'trajectoryTypeId', 'reportingCategory', 'title', 'description', 'municipalityNis',
    'address', 'requiredLevel', 'capacity', 'schedule', 'weekdays', 'languages', 'activeFrom', 'activeUntil', 'status'];
const CONTACT_FIELDS = ['name', 'email', 'phone'];
const SEARCH_DELAY_MS = 300;

class OfferPage extends FormPage {
    static properties = {
        ...FormPage.properties,
        networks: { state: true },
        municipalities: { state: true },
        types: { state: true },
        organisation: { state: true },
        organisationSearch: { state: true },
        organisationMatches: { state: true },
        approvalForm: { state: true },
        approvalErrors: { state: true },
        approvalProblem: { state: true },
        approving: { state: true },
    };

    constructor() {
        super(FIELDS);
        this.networks = null;
        this.types = null;
        this.municipalities = [];
        this.organisation = null;
        this.organisationSearch = '';
        this.organisationMatches = null;
    }

    recordPath() {
        return this.params.id === 'new' ? null : `offers/${encodeURIComponent(this.params.id)}`;
    }

    createPath() {
        return 'offers';
    }

    created(offer) {
        navigate(`/offers/${offer.id}`, { created: 1 });
    }

    async loadContext() {
        const [networks, types, own] = await Promise.all([
            this.networks ?? loadNetworks(),
            this.types ?? loadTrajectoryTypes(),
            // An organisation's contact publishes for their own organisation only.
            this.isNew() && signedIn()?.organisationId != null && !this.organisation
                ? api.get(`organisations/${signedIn().organisationId}`) : null,
        ]);
        return () => {
            this.networks = networks;
            this.types = types;
            if (own) this.chooseOrganisation(own);
        };
    }

    languageChanged() {
        this.types = null; // type and category names come from the API in the chosen language
        super.languageChanged();
    }

    show(offer, etag, { keepInput }) {
        super.show(offer, etag, { keepInput });
        if (!keepInput) {
            this.approvalForm = approvalFormOf(offer);
            this.organisation = { id: offer.organisationId, name: offer.organisationName, municipalityName: '' };
            showMunicipalities(this, offer.networkId);
        }
    }

    formOf(o) {
        return {
            organisationId: o?.organisationId ?? null,
            trajectoryTypeId: o?.trajectoryTypeId ?? '',
            reportingCategory: o?.reportingCategory ?? '',
            title: o?.title ?? '',
            description: o?.description ?? '',
            network: o?.networkId ?? '',
            municipalityNis: o?.municipalityNis ?? '',
            address: o?.address ?? '',
            requiredLevel: o?.requiredLevel ?? '',
            capacity: o ? formatNumber(o.capacity) : '',
            schedule: o?.schedule ?? '',
            weekdays: o?.weekdays ?? [],
            summaries: Object.fromEntries(SUMMARY_LANGUAGES.map((l) => [l, o?.summaries?.[l] ?? ''])),
            languages: (o?.languages ?? []).join(', '),
            activeFrom: formatDate(o?.activeFrom),
            activeUntil: formatDate(o?.activeUntil),
            status: o?.status ?? 'draft',
            contact: { name: o?.contact?.name ?? '', email: o?.contact?.email ?? '', phone: o?.contact?.phone ?? '' },
        };
    }

    bodyOf(f) {
        const blankToNull = (v) => (v.trim() === '' ? null : v.trim());
        const capacity = f.capacity.trim();
        const contact = { name: blankToNull(f.contact.name), email: blankToNull(f.contact.email), phone: blankToNull(f.contact.phone) };
        return {
            organisationId: f.organisationId, trajectoryTypeId: f.trajectoryTypeId || null,
            reportingCategory: f.reportingCategory || null, title: f.title, description: blankToNull(f.description),
            municipalityNis: f.municipalityNis || null, address: blankToNull(f.address), requiredLevel: f.requiredLevel || null,
            capacity: capacity === '' ? null : /^\d+$/.test(capacity) ? Number(capacity) : capacity,
            schedule: blankToNull(f.schedule),
            weekdays: f.weekdays,
            summaries: Object.fromEntries(SUMMARY_LANGUAGES.map((l) => [l, f.summaries[l].trim()]).filter(([, v]) => v)),
            languages: f.languages.split(/[\s,;]+/).map((l) => l.trim()).filter(Boolean),
            activeFrom: wireDate(f.activeFrom), activeUntil: wireDate(f.activeUntil), status: f.status,
            contact: contact.name || contact.email || contact.phone ? contact : null,
        };
    }

    /** 'contact.email' is the input 'contact-email', 'summaries.ar' the input 'summary-ar', 'weekdays[1]' the days. */
    fieldId(field) {
        const contact = /^contact\.(\w+)$/.exec(field);
        if (contact) return CONTACT_FIELDS.includes(contact[1]) ? `contact-${contact[1]}` : null;
        const summary = /^summaries\.(\w+)$/.exec(field);
        if (summary) return SUMMARY_LANGUAGES.includes(summary[1]) ? `summary-${summary[1]}` : null;
        if (/^weekdays\[\d+\]$/.test(field)) return 'weekdays';
        return super.fieldId(field);
    }

    /** The API names a wrong day by its position ('weekdays[1]'): all of them show at the one group of days. */
    weekdayErrors() {
        return [...this.errors.entries()].filter(([field]) => /^weekdays(\[\d+\])?$/.test(field))
            .flatMap(([, violations]) => violations).map(violationText).join(' ') || null;
    }

    pageTitle() {
        return this.isNew() ? t('offer.newTitle') : this.record?.title ?? t('offer.title');
    }

    searchOrganisations(text) {
        this.organisationSearch = text;
        clearTimeout(this.searchTimer);
        if (text.trim().length < 2) {
            this.organisationMatches = null;
            return;
        }
        this.searchTimer = setTimeout(async () => {
            const found = await api.get('organisations', { q: text.trim(), active: true, size: 8, sort: 'name' });
            if (this.organisationSearch === text) this.organisationMatches = found.items;
        }, SEARCH_DELAY_MS);
    }

    /** The organisation chosen; where it lies becomes the offer's municipality and address unless given already. */
    async chooseOrganisation(o) {
        this.organisation = o;
        this.organisationMatches = null;
        this.input('organisationId', o.id);
        if (!this.form.municipalityNis && o.municipalityNis) {
            this.form = { ...this.form, network: o.networkId, municipalityNis: o.municipalityNis, address: this.form.address || (o.address ?? '') };
            await showMunicipalities(this, o.networkId);
        }
        await this.updateComplete;
        this.querySelector('#trajectoryTypeId')?.focus();
    }

    async clearOrganisation() {
        this.organisation = null;
        this.input('organisationId', null);
        await this.updateComplete;
        this.querySelector('#organisationId')?.focus();
    }

    chooseType(typeId) {
        const categories = this.types.find((ty) => ty.id === typeId)?.reportingCategories ?? [];
        this.form = {
            ...this.form, trajectoryTypeId: typeId,
            reportingCategory: categories.length === 1 ? categories[0].id
                : categories.some((c) => c.id === this.form.reportingCategory) ? this.form.reportingCategory : '',
        };
        this.saved = false;
    }

    render() {
        const heading = this.isNew() ? t('offer.newTitle') : this.record?.title ?? t('offer.title');
        const trail = breadcrumb('#/offers', t('nav.offers'), heading);
        if (this.failure) {
            return html`${trail}<div class="page-header"><h1 tabindex="-1">${heading}</h1></div>${this.renderFailure()}`;
        }
        if (!this.form || !this.networks || !this.types || (!this.isNew() && !this.record)) {
            return this.renderLoading();
        }
        if (this.isNew()) {
            return html`${trail}
                <div class="page-header"><h1 tabindex="-1">${heading}</h1><p class="lead">${t('offer.newLead')}</p></div>
                ${may('publishOffers') ? this.renderForm() : html`<div class="alert alert--error" role="alert">${t('offer.mayNotPublish')}</div>`}`;
        }
        const o = this.record;
        return html`${trail}
            <div class="page-header">
                <h1 tabindex="-1">${o.title}</h1>
                <p class="lead">${o.organisationName} · ${o.municipalityName} ${offerStatusBadge(o)}</p>
            </div>
            ${this.query.created ? html`<div class="alert alert--success" role="status" data-testid="created">${t('offer.created')}</div>` : ''}
            <div class="columns">
                <div class="stack">${this.renderFacts(o)}${renderApproval(this, o)}</div>
                ${o.manageable ? this.renderForm() : nothing}
            </div>`;
    }

    renderFacts(o) {
        return html`<section class="card" aria-labelledby="facts-title">
            <h2 id="facts-title" class="card__title">${t('offer.facts')}</h2>
            ${o.description ? html`<p class="prose">${o.description}</p>` : nothing}
            <dl class="facts" data-testid="facts">
                <dt>${t('offer.field.trajectoryTypeId')}</dt><dd>${o.trajectoryTypeName} · ${o.reportingCategoryName}</dd>
                <dt>${t('offer.field.organisationId')}</dt><dd><a href="#/organisations/${o.organisationId}">${o.organisationName}</a></dd>
                <dt>${t('offer.field.municipalityNis')}</dt><dd>${o.municipalityName} (${o.networkName})</dd>
                <dt>${t('offer.field.address')}</dt><dd>${o.address ?? '—'}</dd>
                <dt>${t('offer.field.requiredLevel')}</dt><dd>${o.requiredLevel}</dd>
                <dt>${t('offer.places')}</dt><dd data-testid="places">${placesText(o)}</dd>
                <dt>${t('offer.field.schedule')}</dt><dd>${o.schedule ?? '—'}</dd>
                <dt>${t('offer.field.weekdays')}</dt><dd data-testid="weekdays">${o.weekdays?.length ? o.weekdays.map((d) => t(`offer.weekday.${d}`)).join(', ') : '—'}</dd>
                <dt>${t('offer.public')}</dt><dd data-testid="public">${o.approval ? t('offer.publicYes') : t('offer.publicNo')}</dd>
                <dt>${t('offer.period')}</dt><dd>${periodText(o)}</dd>
                <dt>${t('offer.field.languages')}</dt><dd>${o.languages.length ? o.languages.join(', ') : '—'}</dd>
                <dt>${t('offer.contact')}</dt><dd data-testid="contact">${o.contact
                    ? html`${o.contact.name}${o.contact.email ? html`<br><a href="mailto:${o.contact.email}">${o.contact.email}</a>` : nothing}${o.contact.phone ? html`<br>${o.contact.phone}` : nothing}`
                    : t('offer.contactNone')}</dd>
            </dl>
            ${Object.keys(o.summaries ?? {}).length ? html`<h3 class="card__subtitle">${t('offer.summaries')}</h3>
                <dl class="facts" data-testid="summaries">${Object.entries(o.summaries).map(([l, text]) => html`
                    <dt>${t(`offer.summaryLanguage.${l}`)}</dt><dd lang="${l}" dir="${l === 'ar' || l === 'fa' ? 'rtl' : 'auto'}">${text}</dd>`)}</dl>` : nothing}
        </section>`;
    }

    renderForm() {
        const f = this.form;
        const error = (field) => this.fieldError(field);
        const label = (field) => {
            const contact = /^contact\.(\w+)$/.exec(field);
            if (contact) return t('offer.contactField', { field: t(`offer.contact.${contact[1]}`) });
            const summary = /^summaries\.(\w+)$/.exec(field);
            if (summary) return t(`offer.summaryLanguage.${summary[1]}`);
            return t(`offer.field.${/^weekdays\[/.test(field) ? 'weekdays' : field}`);
        };
        const type = this.types.find((ty) => ty.id === f.trajectoryTypeId);
        const fixedOrganisation = signedIn()?.organisationId != null; // a user bound to an organisation offers its own
        return html`<section class="card" id="offer-form" aria-labelledby="form-title">
            <h2 id="form-title" class="card__title">${this.isNew() ? t('offer.newForm') : t('offer.edit')}</h2>
            ${this.renderSaveProblem(label)}
            ${this.renderSaved(t('offer.saved'))}
            <form class="form" novalidate @submit=${(e) => this.save(e)}>
                ${lookupField({
                    id: 'organisationId', name: 'organisationId', label: label('organisationId'), required: true,
                    hint: t('offer.hint.organisation'), error: error('organisationId'), search: this.organisationSearch,
                    matches: this.organisationMatches?.map((o) => ({ value: o.id, label: o.name, detail: o.municipalityName })),
                    fixed: fixedOrganisation,
                    chosen: this.organisation ? { label: this.organisation.name, detail: this.organisation.municipalityName } : null,
                    onSearch: (v) => this.searchOrganisations(v),
                    onChoose: (id) => this.chooseOrganisation(this.organisationMatches.find((o) => o.id === id)),
                    onClear: () => this.clearOrganisation(),
                })}
                ${textField({ id: 'title', name: 'title', label: label('title'), required: true, value: f.title,
                    hint: t('offer.hint.title'), error: error('title'), onInput: (v) => this.input('title', v) })}
                ${textArea({ id: 'description', name: 'description', label: label('description'), value: f.description,
                    hint: t('offer.hint.description'), error: error('description'), onInput: (v) => this.input('description', v) })}
                <div class="form__row">
                    ${selectField({ id: 'trajectoryTypeId', name: 'trajectoryTypeId', label: label('trajectoryTypeId'), required: true,
                        value: f.trajectoryTypeId, error: error('trajectoryTypeId'), empty: t('users.choose'),
                        options: this.types.map((ty) => ({ value: ty.id, label: ty.label })), onInput: (v) => this.chooseType(v) })}
                    ${selectField({ id: 'reportingCategory', name: 'reportingCategory', label: label('reportingCategory'), required: true,
                        value: f.reportingCategory, error: error('reportingCategory'),
                        empty: type ? t('users.choose') : t('offer.chooseTypeFirst'),
                        options: (type?.reportingCategories ?? []).map((c) => ({ value: c.id, label: c.label })),
                        onInput: (v) => this.input('reportingCategory', v) })}
                </div>
                ${networkAndMunicipalityFields(this, { networkLabel: t('offer.network'), label, error })}
                ${textField({ id: 'address', name: 'address', label: label('address'), value: f.address,
                    hint: t('organisation.hint.address'), error: error('address'), onInput: (v) => this.input('address', v) })}
                <div class="form__row">
                    ${selectField({ id: 'requiredLevel', name: 'requiredLevel', label: label('requiredLevel'), required: true,
                        value: f.requiredLevel, error: error('requiredLevel'), hint: t('offer.hint.requiredLevel'), empty: t('users.choose'),
                        options: DUTCH_LEVELS.map((l) => ({ value: l, label: t(`dutchLevel.${l}`) })),
                        onInput: (v) => this.input('requiredLevel', v) })}
                    ${textField({ id: 'capacity', name: 'capacity', label: label('capacity'), required: true, value: f.capacity,
                        hint: t('offer.hint.capacity'), error: error('capacity'), inputmode: 'numeric', width: 'number',
                        onInput: (v) => this.input('capacity', v) })}
                </div>
                ${textField({ id: 'schedule', name: 'schedule', label: label('schedule'), value: f.schedule,
                    hint: t('offer.hint.schedule'), error: error('schedule'), onInput: (v) => this.input('schedule', v) })}
                ${choiceGroup({ id: 'weekdays', name: 'weekdays', type: 'checkbox', inline: true, label: label('weekdays'),
                    value: f.weekdays, hint: t('offer.hint.weekdays'), error: this.weekdayErrors(),
                    options: WEEKDAYS.map((d) => ({ value: d, label: t(`offer.weekday.${d}`) })),
                    onInput: (v) => this.input('weekdays', v) })}
                ${textField({ id: 'languages', name: 'languages', label: label('languages'), value: f.languages,
                    hint: t('offer.hint.languages'), error: error('languages'), onInput: (v) => this.input('languages', v) })}
                <div class="form__row">
                    ${textField({ id: 'activeFrom', name: 'activeFrom', label: label('activeFrom'), value: f.activeFrom,
                        hint: t('form.dateHint'), error: error('activeFrom'), inputmode: 'numeric', placeholder: t('form.datePlaceholder'),
                        width: 'date', onInput: (v) => this.input('activeFrom', v) })}
                    ${textField({ id: 'activeUntil', name: 'activeUntil', label: label('activeUntil'), value: f.activeUntil,
                        hint: t('offer.hint.activeUntil'), error: error('activeUntil'), inputmode: 'numeric', placeholder: t('form.datePlaceholder'),
                        width: 'date', onInput: (v) => this.input('activeUntil', v) })}
                </div>
                ${choiceGroup({ id: 'status', name: 'status', type: 'radio', inline: true, label: label('status'), value: f.status,
                    hint: t('offer.hint.status'), error: error('status'),
                    options: OFFER_STATUSES.map((s) => ({ value: s, label: t(`offerStatus.${s}`) })),
                    onInput: (v) => this.input('status', v) })}
                <fieldset class="fieldset repeat" data-testid="contact-fields">
                    <legend class="field__label">${t('offer.contact')}</legend>
                    <p class="field__hint">${t('offer.hint.contact')}</p>
                    <div class="form__row">
                        ${CONTACT_FIELDS.map((field) => textField({
                            id: `contact-${field}`, name: `contact-${field}`, label: t(`offer.contact.${field}`),
                            type: field === 'email' ? 'email' : field === 'phone' ? 'tel' : 'text', value: f.contact[field],
                            error: error(`contact.${field}`), onInput: (v) => this.input('contact', { ...this.form.contact, [field]: v }),
                        }))}
                    </div>
                </fieldset>
                <fieldset class="fieldset repeat" data-testid="summary-fields">
                    <legend class="field__label">${t('offer.summaries')}</legend>
                    <p class="field__hint">${t('offer.hint.summaries', { max: SUMMARY_MAX })}</p>
                    ${SUMMARY_LANGUAGES.map((l) => textArea({ id: `summary-${l}`, name: `summary-${l}`, rows: 2,
                        label: t(`offer.summaryLanguage.${l}`), value: f.summaries[l], error: error(`summaries.${l}`),
                        onInput: (v) => this.input('summaries', { ...this.form.summaries, [l]: v }) }))}
                </fieldset>
                ${this.renderActions({ createLabel: t('offer.create'), cancelHref: '#/offers' })}
            </form>
        </section>`;
    }
}

customElements.define('vp-offer-page', OfferPage);
