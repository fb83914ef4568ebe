/**
 * One participation trajectory, a page made of parts (app/trajectory/): its progress towards the target (confirmed
 * hours only) and the hours per reporting category, the plan and the referrals, the guarded transitions (start, stop,
 * exempt; completion happens by itself), the placements with their confirmation links and QR codes for the offers'
 * contact persons, the form of a new placement rendered from the chosen type's field schema, the hour log with
 * confirm and reject, the newcomer's own progress links, and the certificate once completed. The page loads the
 * trajectory and what belongs to it, and runs the changes of the whole trajectory for its parts (act); every rule is
 * the API's: the parts show its answers at the fields they concern.
 */
import { html, nothing } from 'lit';
import { Page } from '../page.js';
import { problemAlert } from '../form-page.js';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { loadTrajectoryTypes } from '../trajectory-types.js';
import { breadcrumb } from '../ui.js';
import { trajectoryStatusBadge } from '../badges.js';
import { may } from '../permissions.js';
import { OPEN } from '../trajectory/part.js';
import { progressCard } from '../trajectory/progress-card.js';
import '../trajectory/plan-card.js';
import '../trajectory/transitions-card.js';
import '../trajectory/placements-card.js';
import '../trajectory/placement-form.js';
import '../trajectory/hours-card.js';
import '../trajectory/progress-link-card.js';

class TrajectoryPage extends Page {
    static properties = {
        ...Page.properties, trajectory: { state: true }, placements: { state: true }, hours: { state: true },
        types: { state: true }, referrals: { state: true }, actionProblem: { state: true }, busy: { state: true },
        notice: { state: true },
    };

    constructor() {
        super();
        this.trajectory = null;
        this.placements = [];
        this.hours = null;
        this.types = null;
        this.referrals = [];
        this.actionProblem = null;
        this.busy = false;
        this.notice = null;
    }

    path() {
        return `trajectories/${encodeURIComponent(this.params.id)}`;
    }

    async load() {
        const [trajectory, placements, hours, types, referrals] = await Promise.all([
            api.getVersioned(this.path()),
            api.get(`${this.path()}/placements`, { size: 200 }),
            api.get(`${this.path()}/hours`, { sort: '-date', size: 50, status: this.query.hours }),
            this.types ?? loadTrajectoryTypes(),
            may('followTrajectories') ? api.get(`${this.path()}/referrals`) : [],
        ]);
        return () => {
            this.referrals = referrals;
            this.trajectory = trajectory.data;
            this.etag = trajectory.etag;
            this.placements = placements.items;
            this.hours = hours;
            this.types = types;
        };
    }

    languageChanged() {
        this.types = null; // labels and field schemas come from the API in the chosen language
        super.languageChanged();
    }

    pageTitle() {
        const tr = this.trajectory;
        return tr ? t('trajectory.titleOf', { name: [tr.newcomerFirstName, tr.newcomerLastName].filter(Boolean).join(' ') }) : t('trajectory.title');
    }

    /** Runs one call that changes the trajectory, shows what went wrong or reloads what it changed. */
    async act(call, { notice } = {}) {
        if (this.busy) return false;
        this.busy = true;
        try {
            const said = await call();
            this.actionProblem = null;
            await this.refresh(); // what changed, before saying so
            this.notice = (typeof said === 'string' ? said : notice) ?? null;
            return true;
        } catch (error) {
            this.actionProblem = error;
            await this.updateComplete;
            this.querySelector('[data-testid=problem]')?.focus();
            return false;
        } finally {
            this.busy = false;
        }
    }

    /** A part changed the trajectory with a form of its own: reload what changed, then say so. */
    async changed(notice) {
        await this.refresh();
        this.notice = notice;
    }

    /** A part says something at the top of the page (a notice, a problem or null to clear it) without reloading. */
    tell(said) {
        if ('notice' in said) this.notice = said.notice;
        if ('problem' in said) this.actionProblem = said.problem;
    }

    render() {
        const trail = breadcrumb('#/trajectories', t('nav.trajectories'), this.pageTitle());
        if (this.failure && !this.trajectory) {
            return html`${trail}<div class="page-header"><h1 tabindex="-1">${t('trajectory.title')}</h1></div>${this.renderFailure()}`;
        }
        if (!this.trajectory || !this.types) return this.renderLoading();
        const tr = this.trajectory;
        const follows = may('followTrajectories') && OPEN.includes(tr.status);
        return html`${trail}
            <div class="page-header page-header--actions">
                <div>
                    <h1 tabindex="-1">${this.pageTitle()}</h1>
                    <p class="lead">${trajectoryStatusBadge(tr.status)}
                        ${tr.newcomerId ? html` <a href="#/newcomers/${tr.newcomerId}">${t('trajectory.toNewcomer')}</a>` : nothing}</p>
                </div>
                ${tr.status === 'completed' && !tr.minimal ? html`<a class="button button--primary" data-testid="certificate"
                        href="api/v1/${this.path()}/certificate" download="attest-${tr.id}.pdf">${t('trajectory.certificate')}</a>` : nothing}
            </div>
            ${this.query.opened ? html`<div class="alert alert--success" role="status">${t('trajectory.opened')}</div>` : nothing}
            ${this.notice ? html`<div class="alert alert--success" role="status" data-testid="notice">${this.notice}</div>` : nothing}
            ${this.actionProblem ? problemAlert(this.actionProblem) : nothing}
            <div class="columns columns--aside">
                ${progressCard(tr)}
                <div class="stack">
                    <vp-trajectory-plan .host=${this} .trajectory=${tr} .referrals=${this.referrals}></vp-trajectory-plan>
                    ${follows ? html`<vp-trajectory-transitions .host=${this} .trajectory=${tr} ?busy=${this.busy}></vp-trajectory-transitions>` : nothing}
                </div>
            </div>
            <div class="stack stack--below">
                <vp-trajectory-placements .host=${this} .trajectory=${tr} .placements=${this.placements} .types=${this.types}></vp-trajectory-placements>
                ${follows ? html`<vp-placement-form .host=${this} .trajectory=${tr} .types=${this.types}></vp-placement-form>` : nothing}
                <vp-trajectory-hours .host=${this} .trajectory=${tr} .hours=${this.hours} .placements=${this.placements}
                    .status=${this.query.hours} ?busy=${this.busy}
                    .onFilter=${(status) => { this.query = { ...this.query, hours: status }; }}></vp-trajectory-hours>
                ${may('followTrajectories') ? html`<vp-progress-link-card .host=${this} .trajectory=${tr}></vp-progress-link-card>` : nothing}
            </div>`;
    }
}

customElements.define('vp-trajectory-page', TrajectoryPage);
