/**
 * The trajectory's placements, and for an offer whose contact person confirms hours, the confirmation links: made
 * here (shown with their QR code, or mailed to the offer's contact address), listed with their state, revoked.
 * Ending or cancelling a placement is a change of the whole trajectory (`host.act`).
 */
import { html, nothing } from 'lit';
import { api } from '../api.js';
import { formatDate, formatDateTime } from '../format.js';
import { t } from '../i18n.js';
import { may } from '../permissions.js';
import { OPEN, Part } from './part.js';

class PlacementsCard extends Part {
    static properties = {
        ...Part.properties, placements: { attribute: false }, types: { attribute: false }, links: { state: true },
        linkLists: { state: true },
    };

    constructor() {
        super();
        this.placements = [];
        this.types = [];
        this.links = {}; // per placement: the link just made
        this.linkLists = {}; // per placement: its links as listed, while shown
    }

    placementPath(p) {
        return `${this.host.path()}/placements/${p.id}`;
    }

    endPlacement(p, cancel) {
        // eslint-disable-next-line no-alert -- a native confirmation is accessible and cannot be clicked through by accident
        if (!window.confirm(t(cancel ? 'trajectory.cancelConfirm' : 'trajectory.endConfirm', { title: p.title }))) return undefined;
        return this.host.act(() => api.post(`${this.placementPath(p)}/end`, cancel ? { cancel: true } : {}),
            { notice: t(cancel ? 'trajectory.placementCancelled' : 'trajectory.placementEnded') });
    }

    /**
     * Makes a link for the contact person; by e-mail when asked (to the offer's contact address, or one typed in when
     * the offer has none). Without a mail server the API says not-configured, and the link is shown to pass on by hand.
     */
    async issueLink(p, { email = false, address = null } = {}) {
        try {
            const body = email ? { send: 'email', email: address } : {};
            const { data } = await api.post(`${this.placementPath(p)}/confirmation-links`, body);
            this.links = { ...this.links, [p.id]: data };
            this.host.tell({ problem: null });
            if (data.mail) {
                this.host.tell({ notice: data.mail.status === 'queued' ? t('trajectory.linkMailed', { to: data.mail.recipient }) : null });
                await this.showLinks(p);
            } else if (this.linkLists[p.id]) {
                await this.showLinks(p);
            }
        } catch (error) {
            const noAddress = email && !address && error.byField?.().has('email');
            if (noAddress) {
                // eslint-disable-next-line no-alert -- a native prompt is accessible and keeps the table compact
                const typed = window.prompt(t('trajectory.linkMailAddress'));
                if (typed?.trim()) return this.issueLink(p, { email: true, address: typed.trim() });
            }
            this.host.tell({ problem: error });
        }
        return undefined;
    }

    /** The placement's links with their state; shown under the placement until hidden. */
    async showLinks(p) {
        try {
            const data = await api.get(`${this.placementPath(p)}/confirmation-links`);
            this.linkLists = { ...this.linkLists, [p.id]: data };
            this.host.tell({ problem: null });
        } catch (error) {
            this.host.tell({ problem: error });
        }
    }

    hideLinks(p) {
        const { [p.id]: _, ...rest } = this.linkLists;
        this.linkLists = rest;
    }

    async revokeLink(p, link) {
        // eslint-disable-next-line no-alert -- a native confirmation is accessible and cannot be clicked through by accident
        if (!window.confirm(t('trajectory.revokeConfirm', { name: link.contactName }))) return;
        try {
            await api.remove(`${this.placementPath(p)}/confirmation-links/${link.id}`);
            this.host.tell({ notice: t('trajectory.linkRevoked') });
            await this.showLinks(p);
        } catch (error) {
            this.host.tell({ problem: error });
        }
    }

    render() {
        const open = this.open;
        return html`<section class="card" aria-labelledby="placements-title">
            <h2 id="placements-title" class="card__title">${t('trajectory.placements')}</h2>
            ${this.placements.length ? html`<div class="table-wrap"><table class="table" data-testid="placements">
                <caption class="visually-hidden">${t('trajectory.placements')}</caption>
                <thead><tr>
                    <th scope="col">${t('trajectory.placement')}</th><th scope="col">${t('trajectory.type')}</th>
                    <th scope="col">${t('trajectory.period')}</th><th scope="col">${t('trajectory.placementStatus')}</th>
                    <th scope="col"><span class="visually-hidden">${t('trajectory.actions')}</span></th>
                </tr></thead>
                <tbody>${this.placements.map((p) => html`<tr data-placement="${p.id}">
                    <th scope="row">${p.offerId ? html`<a href="#/offers/${p.offerId}">${p.title}</a>` : p.title}</th>
                    <td>${this.types.find((ty) => ty.id === p.typeId)?.label ?? p.typeId}</td>
                    <td>${formatDate(p.startDate)}${p.endDate ? ` – ${formatDate(p.endDate)}` : ''}</td>
                    <td>${t(`placementStatus.${p.status}`)}</td>
                    <td class="actions">${this.renderActions(p, open)}</td>
                </tr>${this.links[p.id] ? html`<tr><td colspan="5">${this.renderLink(this.links[p.id])}</td></tr>` : nothing}
                ${this.linkLists[p.id] ? html`<tr><td colspan="5">${this.renderLinkList(p, this.linkLists[p.id])}</td></tr>` : nothing}`)}</tbody>
            </table></div>` : html`<p class="muted">${t('trajectory.noPlacements')}</p>`}
        </section>`;
    }

    /** Whether the trajectory can still change (its placements can end). */
    get open() {
        return OPEN.includes(this.trajectory.status);
    }

    renderActions(p, open) {
        if (!may('followTrajectories') || p.status !== 'active') return nothing;
        const type = this.types.find((ty) => ty.id === p.typeId);
        return html`<div class="button-row button-row--compact">
            ${p.offerId && type?.hours.contactPersonConfirms ? html`<button type="button" class="button button--secondary button--small"
                    data-testid="issue-link" @click=${() => this.issueLink(p)}>${t('trajectory.issueLink')}</button>
                <button type="button" class="button button--secondary button--small" data-testid="mail-link"
                    @click=${() => this.issueLink(p, { email: true })}>${t('trajectory.mailLink')}</button>
                <button type="button" class="button button--link" data-testid="show-links" aria-expanded="${this.linkLists[p.id] ? 'true' : 'false'}"
                    @click=${() => (this.linkLists[p.id] ? this.hideLinks(p) : this.showLinks(p))}>${t('trajectory.showLinks')}</button>` : nothing}
            ${open ? html`<button type="button" class="button button--link" data-testid="end-placement"
                    @click=${() => this.endPlacement(p, false)}>${t('trajectory.endPlacement')}</button>` : nothing}
        </div>`;
    }

    renderLinkList(p, links) {
        if (!links.length) return html`<p class="muted" data-testid="link-list">${t('trajectory.noLinks')}</p>`;
        return html`<table class="table table--compact" data-testid="link-list">
            <caption>${t('trajectory.linksOf', { title: p.title })}</caption>
            <thead><tr><th scope="col">${t('trajectory.linkContact')}</th><th scope="col">${t('trajectory.linkMade')}</th>
                <th scope="col">${t('trajectory.linkState')}</th><th scope="col" class="num">${t('trajectory.linkRemaining')}</th>
                <th scope="col"><span class="visually-hidden">${t('trajectory.actions')}</span></th></tr></thead>
            <tbody>${links.map((l) => html`<tr data-link="${l.id}" data-state="${l.state}">
                <td>${l.contactName}${l.emailedTo ? html`<br><span class="muted" data-testid="link-mail">${t('trajectory.linkMailTo', { to: l.emailedTo })}:
                    ${l.mail ? t(`mails.status.${l.mail.status}`) : ''}${l.mail?.lastError ? ` (${l.mail.lastError})` : ''}</span>` : nothing}
                    ${l.reminderOf ? html`<br><span class="badge">${t('trajectory.linkReminder')}</span>` : nothing}</td>
                <td>${formatDateTime(l.createdAt)}<br><span class="muted">${t('trajectory.linkBy', { by: l.createdBy })}</span></td>
                <td>${l.state === 'closed' ? t(`linkClosed.${l.closedReason}`) : t(`linkState.${l.state}`, { at: formatDateTime(l.expiresAt) })}
                    ${l.closedAt ? html`<br><span class="muted">${formatDateTime(l.closedAt)}${l.closedBy ? `, ${l.closedBy}` : ''}</span>` : nothing}</td>
                <td class="num">${l.remaining}</td>
                <td class="actions">${l.state === 'open' && may('followTrajectories') ? html`<button type="button" class="button button--link" data-testid="revoke-link"
                        @click=${() => this.revokeLink(p, l)}>${t('trajectory.revokeLink')}</button>` : nothing}</td>
            </tr>`)}</tbody>
        </table>`;
    }

    renderLink(link) {
        const address = new URL(`#/confirm/${link.token}`, document.baseURI).href;
        return html`${link.mail?.status === 'not-configured' ? html`<div class="alert alert--warning" role="alert" data-testid="mail-not-sent">
                <p>${t('trajectory.linkNotMailed', { to: link.mail.recipient })}</p></div>` : nothing}
            <div class="link-card" data-testid="confirmation-link">
            <img src="${link.qrPath.replace(/^\//, '')}" width="160" height="160" alt="${t('trajectory.qrAlt', { name: link.contactName ?? '' })}">
            <div>
                <p><strong>${t('trajectory.linkFor', { name: link.contactName ?? t('trajectory.contactPerson') })}</strong></p>
                <p>${t('trajectory.linkEntries', { count: link.entries, expires: formatDateTime(link.expiresAt) })}</p>
                <p><a class="mono break" href="${address}" data-testid="confirmation-address">${address}</a></p>
                <p class="muted">${t('trajectory.linkOnce')}</p>
            </div>
        </div>`;
    }
}

customElements.define('vp-trajectory-placements', PlacementsCard);
