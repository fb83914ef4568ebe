/**
 * The network-wide proposal of buddy duos (POST /matches/proposals): choose a network of the user's scope, compute a
 * proposal (the call runs while a progress notice counts the seconds), read its pairs best first with the explanation
 * of each score, and approve or reject them one by one. Approving makes the duo a buddy placement in the newcomer's
 * trajectory: the coordinator fills in the placement's fields from the buddy type's schema (never a form written for
 * the type here), and the API's violations show at those fields. Network, proposal, status filter and page live in
 * the address.
 */
import { html, nothing } from 'lit';
import { Page } from '../page.js';
import { api, request } from '../api.js';
import { errorsOf, problemAlert, summaryOf } from '../form-page.js';
import { formatDateTime, formatNumber, wireDate } from '../format.js';
import { t } from '../i18n.js';
import { navigate } from '../router.js';
import { attributesOf, inputId, renderField } from '../schema-form.js';
import { signedIn } from '../session.js';
import { PAGE_SIZES, badge, pager, selectField, textArea, textField, violationText } from '../ui.js';
import { matchStatusBadge } from '../badges.js';
import { loadNetworks } from '../choosers.js';
import { criteriaList } from '../match-criteria.js';
import { buddyType, typedFields } from '../trajectory-types.js';
import { may } from '../permissions.js';

const PATH = '/matching';
const PAIR_STATUSES = ['proposed', 'approved', 'rejected', 'withdrawn'];

const PAIR_TONES = { proposed: 'info', approved: 'success', rejected: 'warning', withdrawn: 'neutral' };

class MatchingPage extends Page {
    static properties = {
        ...Page.properties,
        networks: { state: true },
        proposals: { state: true },
        proposal: { state: true },
        pairs: { state: true },
        type: { state: true },
        running: { state: true },
        elapsed: { state: true },
        runProblem: { state: true },
        deciding: { state: true },
        values: { state: true },
        errors: { state: true },
        problem: { state: true },
        sending: { state: true },
        notice: { state: true },
    };

    constructor() {
        super();
        this.networks = null;
        this.proposals = null;
        this.proposal = null;
        this.pairs = null;
        this.type = null;
        this.running = false;
        this.elapsed = 0;
        this.runProblem = null;
        this.notice = null;
        this.closeDecision();
    }

    closeDecision() {
        this.deciding = null;
        this.values = {};
        this.errors = new Map();
        this.problem = null;
        this.sending = false;
    }

    disconnectedCallback() {
        clearInterval(this.timer);
        super.disconnectedCallback();
    }

    /** The network in the address, or the user's only one. */
    networkId() {
        if (this.query.network) return this.query.network;
        const mine = signedIn()?.networkIds ?? [];
        return mine.length === 1 ? mine[0] : '';
    }

    async load() {
        const network = this.networkId();
        const [networks, types, proposals] = await Promise.all([
            this.networks ?? loadNetworks(),
            this.type ? null : api.get('trajectory-types', { size: 100 }).then((p) => p.items),
            network ? api.get('matches/proposals', { network, size: 20 }) : null,
        ]);
        const proposalId = this.query.proposal ?? proposals?.items[0]?.id;
        const [proposal, pairs] = proposalId ? await Promise.all([
            api.get(`matches/proposals/${encodeURIComponent(proposalId)}`),
            api.get(`matches/proposals/${encodeURIComponent(proposalId)}/pairs`, {
                status: this.query.status, page: Math.max(0, (Number(this.query.page) || 1) - 1), size: PAGE_SIZES[0],
            }),
        ]) : [null, null];
        return () => {
            this.networks = networks;
            if (types) this.type = buddyType(types);
            this.proposals = proposals;
            this.proposal = proposal;
            this.pairs = pairs;
        };
    }

    languageChanged() {
        this.type = null; // the schema's labels come in the other language; what was typed stays
        super.languageChanged();
    }

    pageTitle() {
        return t('matching.title');
    }

    go(query) {
        navigate(PATH, { network: this.networkId(), ...query });
    }

    async propose() {
        if (this.running) return;
        this.running = true;
        this.runProblem = null;
        this.notice = null;
        this.closeDecision();
        this.elapsed = 0;
        const started = Date.now();
        this.timer = setInterval(() => { this.elapsed = Math.floor((Date.now() - started) / 1000); }, 250);
        try {
            const { data } = await request('POST', 'matches/proposals', { query: { network: this.networkId() } });
            this.notice = t('matching.proposed', { pairs: formatNumber(data.pairCount), newcomers: formatNumber(data.newcomersConsidered) });
            if (String(this.query.proposal) === String(data.id)) {
                this.refresh();
            } else {
                this.go({ proposal: data.id });
            }
        } catch (error) {
            this.runProblem = error;
        } finally {
            clearInterval(this.timer);
            this.running = false;
        }
        await this.updateComplete;
        this.querySelector('[data-testid=proposal-notice], [data-testid=run-problem]')?.focus();
    }

    async decide(pair, mode) {
        this.closeDecision();
        this.notice = null;
        this.deciding = { pair, mode };
        await this.updateComplete;
        this.querySelector('#decision-title')?.focus();
    }

    input(name, value) {
        this.values = { ...this.values, [name]: value };
    }

    /** The fields the coordinator fills in: the type's own, except the buddy it references (that is the pair's). */
    decisionFields() {
        return typedFields(this.type);
    }

    async send(event) {
        event.preventDefault();
        if (this.sending) return;
        const { pair, mode } = this.deciding;
        this.sending = true;
        try {
            const body = mode === 'approve'
                ? { typeId: this.type?.id, startDate: wireDate(this.values.startDate), attributes: attributesOf(this.decisionFields(), this.values) }
                : { reason: this.values.reason?.trim() || null };
            const { data } = await api.post(`matches/pairs/${pair.id}/${mode}`, body);
            this.closeDecision();
            this.notice = t(mode === 'approve' ? 'matching.approved' : 'matching.rejected', { newcomer: data.newcomer.name, buddy: data.buddy.name });
            await this.refresh();
            await this.updateComplete;
            this.querySelector('[data-testid=proposal-notice]')?.focus();
        } catch (error) {
            this.errors = errorsOf(error);
            this.problem = error;
            this.sending = false;
            await this.updateComplete;
            this.querySelector('#decision .error-summary, #decision [data-testid=problem]')?.focus();
        }
    }

    render() {
        return html`
            <div class="page-header">
                <h1 tabindex="-1">${t('matching.title')}</h1>
                <p class="lead">${t('matching.lead')}</p>
            </div>
            ${this.renderChoice()}
            ${this.failure ? this.renderFailure() : this.networks === null ? this.renderLoading() : this.renderProposal()}`;
    }

    renderChoice() {
        const network = this.networkId();
        return html`<section class="card" aria-labelledby="choice-title">
            <h2 id="choice-title" class="card__title">${t('matching.choice')}</h2>
            <div class="form__row">
                ${selectField({
                    id: 'network', name: 'network', label: t('matching.network'), value: network,
                    empty: t('matching.chooseNetwork'), options: (this.networks ?? []).map((n) => ({ value: n.id, label: n.name })),
                    onInput: (v) => navigate(PATH, { network: v }),
                })}
                ${this.proposals?.items.length ? selectField({
                    id: 'proposal', name: 'proposal', label: t('matching.proposal'), value: String(this.proposal?.id ?? ''),
                    options: this.proposals.items.map((p) => ({ value: String(p.id), label: t('matching.proposalOption', { at: formatDateTime(p.createdAt), pairs: formatNumber(p.pairCount) }) })),
                    onInput: (v) => this.go({ proposal: v }),
                }) : nothing}
            </div>
            ${network && may('decideMatches') ? html`<div class="form__actions">
                <button type="button" class="button button--primary" data-testid="propose" ?disabled=${this.running}
                        @click=${() => this.propose()}>${this.running ? t('matching.proposing') : t('matching.propose')}</button>
                <p class="muted">${t('matching.proposeHint')}</p>
            </div>` : nothing}
            ${this.running ? html`<p class="loading" role="status" data-testid="proposing">
                <span class="spinner" aria-hidden="true"></span>${t('matching.running', { seconds: formatNumber(this.elapsed) })}</p>` : nothing}
            ${this.runProblem ? html`<div data-testid="run-problem" tabindex="-1">${problemAlert(this.runProblem)}</div>` : nothing}
        </section>`;
    }

    renderProposal() {
        if (!this.networkId()) {
            return html`<div class="card empty"><p>${t('matching.noNetwork')}</p></div>`;
        }
        if (!this.proposal) {
            return this.loading ? this.renderLoading() : html`<div class="card empty"><p>${t('matching.noProposal')}</p></div>`;
        }
        const p = this.proposal;
        return html`
            ${this.notice ? html`<div class="alert alert--success" role="status" tabindex="-1" data-testid="proposal-notice">${this.notice}</div>` : nothing}
            <section class="card" aria-labelledby="summary-title">
                <h2 id="summary-title" class="card__title">${t('matching.summary', { at: formatDateTime(p.createdAt) })}</h2>
                <dl class="facts facts--compact" data-testid="proposal-summary">
                    <dt>${t('matching.createdBy')}</dt><dd>${p.createdBy}</dd>
                    <dt>${t('matching.newcomersConsidered')}</dt><dd>${formatNumber(p.newcomersConsidered)}</dd>
                    <dt>${t('matching.buddiesConsidered')}</dt><dd>${formatNumber(p.buddiesConsidered)}</dd>
                    <dt>${t('matching.pairCount')}</dt><dd>${formatNumber(p.pairCount)}</dd>
                    <dt>${t('matching.totalScore')}</dt><dd>${formatNumber(p.totalScore)}</dd>
                    <dt>${t('matching.duration')}</dt><dd>${t('matching.milliseconds', { ms: formatNumber(p.durationMs) })}</dd>
                    <dt>${t('matching.pairStatuses')}</dt>
                    <dd>${PAIR_STATUSES.map((s) => html`${badge(`${t(`pairStatus.${s}`)}: ${formatNumber(p.pairs[s] ?? 0)}`, PAIR_TONES[s])} `)}</dd>
                </dl>
            </section>
            ${this.deciding ? this.renderDecision() : nothing}
            ${this.renderPairs()}`;
    }

    renderPairs() {
        const r = this.pairs;
        return html`<section aria-labelledby="pairs-title">
            <div class="results-bar">
                <h2 id="pairs-title" class="results-bar__count" data-testid="result-count">
                    ${t('matching.pairsFound', { count: r.totalItems, formatted: formatNumber(r.totalItems) })}
                    ${this.loading ? html`<span class="spinner spinner--inline" aria-hidden="true"></span>` : ''}
                </h2>
                ${selectField({
                    id: 'filter-status', name: 'status', label: t('matching.filterStatus'), value: this.query.status ?? '',
                    empty: t('matching.allStatuses'), options: PAIR_STATUSES.map((s) => ({ value: s, label: t(`pairStatus.${s}`) })),
                    onInput: (v) => this.go({ proposal: this.proposal.id, status: v }),
                })}
            </div>
            ${r.items.length ? html`<div class="card card--flush"><div class="table-wrap">
                <table class="table" data-testid="pairs">
                    <caption class="visually-hidden">${t('matching.pairsCaption')}</caption>
                    <thead><tr>
                        <th scope="col">${t('matching.column.newcomer')}</th>
                        <th scope="col">${t('matching.column.buddy')}</th>
                        <th scope="col">${t('matching.column.score')}</th>
                        <th scope="col">${t('matching.column.explanation')}</th>
                        <th scope="col">${t('matching.column.status')}</th>
                        <th scope="col"><span class="visually-hidden">${t('matching.column.actions')}</span></th>
                    </tr></thead>
                    <tbody>${r.items.map((pair) => this.renderPair(pair))}</tbody>
                </table>
            </div></div>` : html`<div class="card empty"><p>${t('matching.noPairs')}</p></div>`}
            ${pager(r, (n) => this.go({ proposal: this.proposal.id, status: this.query.status, page: n > 1 ? n : undefined }))}
        </section>`;
    }

    renderPair(pair) {
        return html`<tr data-pair="${pair.id}" data-newcomer="${pair.newcomer.id}">
            <th scope="row"><a href="#/matching/newcomers/${pair.newcomer.id}">${pair.newcomer.name}</a></th>
            <td><a href="#/buddies/${pair.buddy.id}">${pair.buddy.name}</a></td>
            <td class="mono" data-testid="score">${formatNumber(pair.score)}</td>
            <td><details><summary>${t('matching.why')}</summary>${criteriaList(pair.criteria)}</details></td>
            <td><span class="badges">${badge(t(`pairStatus.${pair.status}`), PAIR_TONES[pair.status])}
                ${matchStatusBadge(pair.newcomerStatus)}</span>
                ${pair.reason ? html`<br><span class="muted">${pair.reason}</span>` : nothing}</td>
            <td>${pair.status === 'proposed' && may('decideMatches') ? html`<div class="button-row">
                <button type="button" class="button button--primary" data-testid="approve"
                        aria-label="${t('matching.approveLabel', { newcomer: pair.newcomer.name, buddy: pair.buddy.name })}"
                        @click=${() => this.decide(pair, 'approve')}>${t('matching.approve')}</button>
                <button type="button" class="button button--secondary" data-testid="reject"
                        aria-label="${t('matching.rejectLabel', { newcomer: pair.newcomer.name, buddy: pair.buddy.name })}"
                        @click=${() => this.decide(pair, 'reject')}>${t('matching.reject')}</button>
            </div>` : nothing}</td>
        </tr>`;
    }

    renderDecision() {
        const { pair, mode } = this.deciding;
        const fields = this.decisionFields();
        const labelOf = (name) => (name === 'startDate' ? t('matching.startDate')
            : name === 'reason' ? t('matching.reason') : fields.find((f) => `attributes.${f.name}` === name)?.label ?? name);
        const idOf = (name) => (name === 'startDate' ? 'decision-startDate' : name === 'reason' ? 'decision-reason'
            : fields.some((f) => `attributes.${f.name}` === name) ? inputId({ name: name.slice('attributes.'.length) }) : null);
        const fieldError = (name) => this.errors.get(name)?.map(violationText).join(' ');
        return html`<section class="card" id="decision" aria-labelledby="decision-title" data-testid="decision">
            <h2 id="decision-title" class="card__title" tabindex="-1">
                ${t(mode === 'approve' ? 'matching.approveTitle' : 'matching.rejectTitle', { newcomer: pair.newcomer.name, buddy: pair.buddy.name })}
            </h2>
            ${mode === 'approve' ? html`<p class="muted">${t('matching.approveExplanation', { type: this.type?.label ?? '' })}</p>` : nothing}
            ${this.problem ? (this.errors.size ? summaryOf(this.errors, idOf, labelOf) : problemAlert(this.problem)) : nothing}
            <form class="form" novalidate @submit=${(e) => this.send(e)}>
                ${mode === 'approve' ? html`
                    ${textField({
                        id: 'decision-startDate', name: 'startDate', label: t('matching.startDate'), value: this.values.startDate,
                        hint: t('matching.startDateHint'), inputmode: 'numeric', placeholder: t('form.datePlaceholder'), width: 'date',
                        error: fieldError('startDate'), onInput: (v) => this.input('startDate', v),
                    })}
                    ${fields.map((field) => renderField(field, this.values[field.name], fieldError(`attributes.${field.name}`),
                        (value) => this.input(field.name, value)))}` : textArea({
                    id: 'decision-reason', name: 'reason', label: t('matching.reason'), value: this.values.reason,
                    hint: t('matching.reasonHint'), error: fieldError('reason'), rows: 3, onInput: (v) => this.input('reason', v),
                })}
                <div class="form__actions">
                    <button class="button button--primary" type="submit" data-testid="confirm-decision" ?disabled=${this.sending}>
                        ${this.sending ? t('common.saving') : t(mode === 'approve' ? 'matching.confirmApprove' : 'matching.confirmReject')}
                    </button>
                    <button class="button button--secondary" type="button" @click=${() => this.closeDecision()}>${t('common.cancel')}</button>
                </div>
            </form>
        </section>`;
    }
}

customElements.define('vp-matching-page', MatchingPage);
