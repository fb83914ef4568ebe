/**
 * One municipality and its membership of its network. The form sends the version it read (If-Match): when somebody
 * else saved in between, the API refuses (412) and the page says so, keeping what was typed.
 */
import { html } from '../page.js';
import { FormPage } from '../form-page.js';
import { formatDate, wireDate } from '../format.js';
import { t } from '../i18n.js';
import { href } from '../router.js';
import { breadcrumb, textField } from '../ui.js';
import { membershipBadge } from '../badges.js';
import { provinceName } from '../names.js';

const FIELDS = ['participatingFrom', 'participatingUntil'];

class MunicipalityPage extends FormPage {
    constructor() {
        super(FIELDS);
    }

    recordPath() {
        return `municipalities/${encodeURIComponent(this.params.nis)}`;
    }

    savePath() {
        return `${this.recordPath()}/membership`;
    }

    formOf(municipality) {
        return {
            participatingFrom: formatDate(municipality.membership.participatingFrom),
            participatingUntil: formatDate(municipality.membership.participatingUntil),
        };
    }

    bodyOf(form) {
        return { participatingFrom: wireDate(form.participatingFrom), participatingUntil: wireDate(form.participatingUntil) };
    }

    pageTitle() {
        return this.record?.name ?? t('municipality.title');
    }

    render() {
        if (this.failure) {
            return html`${this.renderBreadcrumb()}<div class="page-header"><h1 tabindex="-1">${t('municipality.title')}</h1></div>${this.renderFailure()}`;
        }
        if (!this.record) {
            return this.renderLoading();
        }
        const m = this.record;
        return html`
            ${this.renderBreadcrumb()}
            <div class="page-header">
                <h1 tabindex="-1">${m.name}</h1>
                <p class="lead">${membershipBadge(m.membership)}</p>
            </div>
            <div class="columns">
                <section class="card" aria-labelledby="facts-title">
                    <h2 id="facts-title" class="card__title">${t('municipality.facts')}</h2>
                    <dl class="facts">
                        <dt>${t('municipality.nisCode')}</dt><dd class="mono">${m.nisCode}</dd>
                        <dt>${t('municipality.region')}</dt><dd>${t(`region.${m.region}`)}</dd>
                        <dt>${t('municipality.province')}</dt><dd>${m.province ? provinceName(m) : '—'}</dd>
                        <dt>${t('municipality.referenceRegion')}</dt><dd>${m.referenceRegionName ?? '—'}</dd>
                        <dt>${t('municipality.network')}</dt>
                        <dd><a href="${href('/municipalities', { network: m.network.id })}">${m.network.name}</a></dd>
                    </dl>
                </section>
                ${this.renderMembership()}
            </div>`;
    }

    renderBreadcrumb() {
        return breadcrumb('#/municipalities', t('nav.municipalities'), this.record?.name ?? this.params.nis);
    }

    renderMembership() {
        const m = this.record.membership;
        const error = (field) => this.fieldError(field);
        const label = (field) => t(`membership.field.${field}`);
        return html`<section class="card" aria-labelledby="membership-title">
            <h2 id="membership-title" class="card__title">${t('membership.title')}</h2>
            <p class="muted">${t('membership.explanation', { network: this.record.network.name })}</p>
            <p data-testid="membership-current">${m.participatingFrom
                ? t('membership.current', { from: formatDate(m.participatingFrom), until: m.participatingUntil ? formatDate(m.participatingUntil) : t('membership.openEnded') })
                : t('membership.currentNone')}</p>
            ${this.renderSaveProblem(label)}
            ${this.renderSaved(t('membership.saved'))}
            <form class="form" novalidate @submit=${(e) => this.save(e)}>
                <div class="form__row">
                    ${textField({
                        id: 'participatingFrom', name: 'participatingFrom', label: label('participatingFrom'),
                        hint: t('form.dateHint'), value: this.form.participatingFrom, error: error('participatingFrom'),
                        inputmode: 'numeric', placeholder: t('form.datePlaceholder'), width: 'date',
                        onInput: (v) => this.input('participatingFrom', v),
                    })}
                    ${textField({
                        id: 'participatingUntil', name: 'participatingUntil', label: label('participatingUntil'),
                        hint: t('membership.untilHint'), value: this.form.participatingUntil, error: error('participatingUntil'),
                        inputmode: 'numeric', placeholder: t('form.datePlaceholder'), width: 'date',
                        onInput: (v) => this.input('participatingUntil', v),
                    })}
                </div>
                ${this.renderActions()}
            </form>
        </section>`;
    }
}

customElements.define('vp-municipality-page', MunicipalityPage);
