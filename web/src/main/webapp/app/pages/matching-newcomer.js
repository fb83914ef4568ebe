/**
 * One newcomer's suggestions (GET /matches/suggestions): the buddies and the offers that fit best, ranked by the API,
 * each with the points and the explanation of every criterion (nearness, Dutch level, languages, interests,
 * availability, free capacity, the trajectory type's own scoring), beside the newcomer's profile and where they stand
 * in the matching cycle. A newcomer who did not consent to matching gets the API's refusal, not an empty list.
 */
import { html, nothing } from 'lit';
import { Page } from '../page.js';
import { api } from '../api.js';
import { formatDateTime, formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { breadcrumb } from '../ui.js';
import { availabilityText, interestsText, languagesText } from '../profile-fields.js';
import { problemAlert } from '../form-page.js';
import { matchStatusBadge } from '../badges.js';
import { criteriaList } from '../match-criteria.js';

const KINDS = ['buddy', 'offer'];
const LIMIT = 10;

/** A failed call kept as the answer of its part of the page, so that one refusal does not hide the rest. */
const settle = (promise) => promise.then((value) => ({ value }), (error) => ({ error }));

class MatchingNewcomerPage extends Page {
    static properties = {
        ...Page.properties,
        newcomer: { state: true },
        status: { state: true },
        suggestions: { state: true },
    };

    constructor() {
        super();
        this.newcomer = null;
        this.status = null;
        this.suggestions = {};
    }

    async load() {
        const id = encodeURIComponent(this.params.id);
        // The match status answers 404 for a newcomer out of scope: then the page says so, like every other page.
        const status = await api.get(`matches/newcomers/${id}`);
        const [newcomer, ...suggestions] = await Promise.all([
            settle(api.get(`newcomers/${id}`)),
            ...KINDS.map((kind) => settle(api.get('matches/suggestions', { newcomer: this.params.id, kind, limit: LIMIT }))),
        ]);
        return () => {
            this.status = status;
            this.newcomer = newcomer.value ?? null;
            this.suggestions = Object.fromEntries(KINDS.map((kind, i) => [kind, suggestions[i]]));
        };
    }

    name() {
        return this.newcomer ? `${this.newcomer.firstName} ${this.newcomer.lastName}` : t('matchingNewcomer.newcomer', { id: this.params.id });
    }

    pageTitle() {
        return t('matchingNewcomer.title', { name: this.name() });
    }

    render() {
        const trail = breadcrumb('#/matching', t('nav.matching'), this.status ? this.name() : this.params.id);
        if (this.failure) {
            return html`${trail}<div class="page-header"><h1 tabindex="-1">${t('matchingNewcomer.heading')}</h1></div>${this.renderFailure()}`;
        }
        if (!this.status) {
            return html`${trail}${this.renderLoading()}`;
        }
        return html`${trail}
            <div class="page-header">
                <h1 tabindex="-1">${t('matchingNewcomer.title', { name: this.name() })}</h1>
                <p class="lead">${t('matchingNewcomer.lead')}</p>
            </div>
            <div class="columns columns--aside">
                <div>${KINDS.map((kind) => this.renderSuggestions(kind))}</div>
                ${this.renderProfile()}
            </div>`;
    }

    renderProfile() {
        const n = this.newcomer;
        const s = this.status;
        return html`<section class="card" aria-labelledby="profile-title">
            <h2 id="profile-title" class="card__title">${t('matchingNewcomer.profile')}</h2>
            <dl class="facts facts--stacked" data-testid="match-status">
                <dt>${t('matchingNewcomer.status')}</dt>
                <dd>${matchStatusBadge(s.status)}${s.changedAt ? html` <span class="muted">${formatDateTime(s.changedAt)}</span>` : nothing}</dd>
                ${s.pair ? html`<dt>${t('matchingNewcomer.pair')}</dt>
                    <dd><a href="#/buddies/${s.pair.buddy.id}">${s.pair.buddy.name}</a>
                        · <a href="#/matching?network=${encodeURIComponent(s.pair.networkId)}&proposal=${s.pair.proposalId}">${t('matchingNewcomer.proposal', { score: formatNumber(s.pair.score) })}</a></dd>` : nothing}
                ${n ? html`
                    <dt>${t('matchingNewcomer.dutchLevel')}</dt><dd>${n.dutchLevel ?? t('matchingNewcomer.unknownLevel')}</dd>
                    <dt>${t('profile.languages')}</dt><dd>${languagesText(n.languages) || '—'}</dd>
                    <dt>${t('matchingNewcomer.interests')}</dt><dd>${interestsText(n.interests) || '—'}</dd>
                    <dt>${t('matchingNewcomer.availability')}</dt><dd>${availabilityText(n.availability) || '—'}</dd>` : nothing}
            </dl>
        </section>`;
    }

    renderSuggestions(kind) {
        const answer = this.suggestions[kind];
        const title = t(`matchingNewcomer.${kind}.title`);
        let body;
        if (!answer) {
            body = this.renderLoading();
        } else if (answer.error) {
            body = problemAlert(answer.error);
        } else if (!answer.value.items.length) {
            body = html`<p class="muted">${t(`matchingNewcomer.${kind}.none`)}</p>`;
        } else {
            body = html`<ol class="plain-list plain-list--spaced suggestions" data-testid="${kind}-suggestions">
                ${answer.value.items.map((s) => this.renderSuggestion(kind, s))}
            </ol>`;
        }
        return html`<section class="card" aria-labelledby="${kind}-title">
            <h2 id="${kind}-title" class="card__title">${title}</h2>
            ${body}
        </section>`;
    }

    renderSuggestion(kind, s) {
        const link = kind === 'buddy' ? `#/buddies/${s.id}` : `#/offers/${s.id}`;
        return html`<li class="suggestion" data-candidate="${s.id}">
            <div class="suggestion__head">
                <span class="suggestion__rank" aria-label="${t('matchingNewcomer.rank', { rank: s.rank })}">${s.rank}</span>
                <div>
                    <a href="${link}"><strong>${s.name}</strong></a>
                    <span class="muted">· ${s.organisationName ? `${s.organisationName} · ` : ''}${s.municipalityName ?? s.municipalityNis}
                        · ${t(`matchingNewcomer.${kind}.free`, { count: s.freeCapacity, formatted: formatNumber(s.freeCapacity) })}</span>
                </div>
                <span class="suggestion__score" data-testid="score">${t('matchingNewcomer.score', { score: formatNumber(s.score) })}</span>
            </div>
            ${criteriaList(s.criteria)}
        </li>`;
    }
}

customElements.define('vp-matching-newcomer-page', MatchingNewcomerPage);
