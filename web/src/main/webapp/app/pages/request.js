/**
 * One request to take part: who asked (first name, municipality, phone or e-mail, language), for which offer, with
 * the consent's time; and while it is open the three ways to handle it: take the newcomer in through the new-newcomer
 * form (prefilled from the request, which it links once saved), link it to a newcomer already known (searched), or
 * decline it with a reason. Opening it is logged by the API (a read of personal data).
 */
import { html, nothing } from 'lit';
import { Page } from '../page.js';
import { api } from '../api.js';
import { formatDateTime } from '../format.js';
import { t } from '../i18n.js';
import { may } from '../permissions.js';
import { breadcrumb, lookupField, textArea } from '../ui.js';
import { problemAlert } from '../form-page.js';
import { requestStatusBadge } from '../badges.js';

class RequestPage extends Page {
    static properties = {
        ...Page.properties, request: { state: true }, search: { state: true }, matches: { state: true },
        chosen: { state: true }, reason: { state: true }, busy: { state: true }, problem: { state: true },
    };

    constructor() {
        super();
        this.request = null;
        this.etag = null;
        this.search = '';
        this.matches = null;
        this.chosen = null;
        this.reason = '';
        this.busy = false;
        this.problem = null;
    }

    async load() {
        const { data, etag } = await api.getVersioned(`participation-requests/${encodeURIComponent(this.params.id)}`);
        return () => {
            this.request = data;
            this.etag = etag;
        };
    }

    pageTitle() {
        return this.request ? `${t('requests.one')} ${this.request.reference}` : t('requests.one');
    }

    async findNewcomers(text) {
        this.search = text;
        if (text.trim().length < 2) {
            this.matches = null;
            return;
        }
        const found = await api.get('newcomers', { q: text.trim(), size: 10 });
        if (this.search === text) {
            this.matches = found.items.map((n) => ({ value: n.id, label: `${n.firstName} ${n.lastName}`, detail: n.municipalityName ?? n.municipalityNis, record: n }));
        }
    }

    async act(path, body) {
        this.busy = true;
        this.problem = null;
        try {
            const { data, etag } = await api.post(`participation-requests/${this.request.id}/${path}`, body, { ifMatch: this.etag });
            this.request = data;
            this.etag = etag;
            await this.updateComplete;
            this.querySelector('[data-testid=handled]')?.focus();
        } catch (error) {
            this.problem = error;
            await this.updateComplete;
            this.querySelector('[data-testid=problem]')?.focus();
        } finally {
            this.busy = false;
        }
    }

    render() {
        const r = this.request;
        const trail = breadcrumb('#/requests', t('nav.requests'), r?.reference ?? t('requests.one'));
        if (!r) {
            return html`${trail}<div class="page-header"><h1 tabindex="-1">${t('requests.one')}</h1></div>
                ${this.failure ? this.renderFailure() : this.renderLoading()}`;
        }
        return html`${trail}
            <div class="page-header"><h1 tabindex="-1">${r.firstName} <span class="muted mono">${r.reference}</span></h1>
                <p>${requestStatusBadge(r.status)}</p></div>
            ${this.problem ? problemAlert(this.problem) : nothing}
            <section class="card" aria-labelledby="request-facts">
                <h2 id="request-facts" class="card__title">${t('requests.facts')}</h2>
                <dl class="facts" data-testid="request-facts">
                    <dt>${t('requests.field.municipality')}</dt><dd>${r.municipalityName ?? r.municipalityNis}${r.networkName ? ` (${r.networkName})` : ''}</dd>
                    <dt>${t('requests.field.phone')}</dt><dd>${r.phone ?? '—'}</dd>
                    <dt>${t('requests.field.email')}</dt><dd>${r.email ?? '—'}</dd>
                    <dt>${t('requests.field.language')}</dt><dd>${t(`requests.language.${r.language}`)}</dd>
                    <dt>${t('requests.field.offer')}</dt><dd>${r.offerTitle ? `${r.offerTitle} (${r.organisationName})` : t('requests.noOffer')}</dd>
                    <dt>${t('requests.field.consent')}</dt><dd>${formatDateTime(r.consentAt)}</dd>
                    <dt>${t('requests.field.shared')}</dt><dd>${r.shareWithOrganisation ? t('requests.yes') : t('requests.no')}</dd>
                    <dt>${t('requests.field.received')}</dt><dd>${formatDateTime(r.createdAt)}</dd>
                </dl>
            </section>
            ${r.status === 'open' ? this.renderActions(r) : this.renderHandled(r)}`;
    }

    renderHandled(r) {
        return html`<section class="card" aria-labelledby="request-handled">
            <h2 id="request-handled" class="card__title">${t('requests.handled')}</h2>
            <div class="alert alert--success" role="status" tabindex="-1" data-testid="handled">
                ${r.status === 'taken-in'
                    ? html`${t('requests.takenIn', { by: r.handledBy, at: formatDateTime(r.handledAt) })}
                        <a href="#/newcomers/${r.newcomerId}" data-testid="linked-newcomer">${t('requests.toNewcomer')}</a>`
                    : html`${t('requests.declinedBy', { by: r.handledBy, at: formatDateTime(r.handledAt) })} ${r.declineReason}`}
            </div>
        </section>`;
    }

    renderActions(r) {
        if (!may('manageNewcomers')) {
            return nothing;
        }
        return html`
            <section class="card" aria-labelledby="request-intake">
                <h2 id="request-intake" class="card__title">${t('requests.intake')}</h2>
                <p>${t('requests.intakeLead')}</p>
                <a class="button button--primary" href="#/newcomers/new?request=${r.id}" data-testid="intake">${t('requests.intakeButton')}</a>
            </section>
            <section class="card" aria-labelledby="request-link">
                <h2 id="request-link" class="card__title">${t('requests.link')}</h2>
                <form class="form" @submit=${(e) => { e.preventDefault(); if (this.chosen) this.act('link', { newcomerId: this.chosen.value }); }}>
                    ${lookupField({
                        id: 'newcomer', name: 'newcomerId', label: t('requests.linkNewcomer'), search: this.search,
                        matches: this.matches, chosen: this.chosen, hint: t('requests.linkHint'),
                        onSearch: (v) => this.findNewcomers(v),
                        onChoose: (v) => { this.chosen = this.matches.find((m) => m.value === v); },
                        onClear: () => { this.chosen = null; },
                    })}
                    <div class="form__actions">
                        <button class="button button--secondary" type="submit" ?disabled=${this.busy || !this.chosen} data-testid="link">${t('requests.linkButton')}</button>
                    </div>
                </form>
            </section>
            <section class="card" aria-labelledby="request-decline">
                <h2 id="request-decline" class="card__title">${t('requests.decline')}</h2>
                <form class="form" @submit=${(e) => { e.preventDefault(); this.act('decline', { reason: this.reason }); }}>
                    ${textArea({ id: 'reason', name: 'reason', label: t('requests.reason'), required: true, rows: 2,
                        value: this.reason, onInput: (v) => { this.reason = v; } })}
                    <div class="form__actions">
                        <button class="button button--secondary" type="submit" ?disabled=${this.busy} data-testid="decline">${t('requests.declineButton')}</button>
                    </div>
                </form>
            </section>`;
    }
}

customElements.define('vp-request-page', RequestPage);
