/** The trajectory types this installation knows, as the API serves them (a type added as a module appears here). */
import { Page, html } from '../page.js';
import { api } from '../api.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';

class TrajectoryTypesPage extends Page {
    static properties = { ...Page.properties, types: { state: true } };

    async load() {
        const result = await api.get('trajectory-types', { size: 200 });
        return () => { this.types = result.items; };
    }

    pageTitle() {
        return t('trajectoryTypes.title');
    }

    render() {
        return html`
            <div class="page-header">
                <h1 tabindex="-1">${t('trajectoryTypes.title')}</h1>
                <p class="lead">${t('trajectoryTypes.lead')}</p>
            </div>
            ${this.failure ? this.renderFailure() : this.types ? this.renderTypes() : this.renderLoading()}`;
    }

    renderTypes() {
        return html`<ul class="type-grid" data-testid="trajectory-types">
            ${this.types.map((type) => html`<li class="card type-card" data-type="${type.id}">
                <h2 class="type-card__title"><a href="#/trajectory-types/${encodeURIComponent(type.id)}">${type.label}</a></h2>
                <p class="type-card__description">${type.description}</p>
                <dl class="facts facts--stacked facts--compact">
                    <div><dt>${t('trajectoryType.minimumDutchLevel')}</dt><dd>${type.suitability.minimumDutchLevel}</dd></div>
                    <div><dt>${t('trajectoryType.maxHoursPerDay')}</dt><dd>${t('common.hours', { hours: formatNumber(type.hours.maxHoursPerDay) })}</dd></div>
                    <div><dt>${t('trajectoryType.confirmedBy')}</dt>
                        <dd>${type.hours.contactPersonConfirms ? t('trajectoryType.confirmedBy.contactPerson') : t('trajectoryType.confirmedBy.counsellor')}</dd></div>
                    <div><dt>${t('trajectoryType.fields')}</dt><dd>${formatNumber(type.fields.length)}</dd></div>
                </dl>
            </li>`)}
        </ul>`;
    }
}

customElements.define('vp-trajectory-types-page', TrajectoryTypesPage);
