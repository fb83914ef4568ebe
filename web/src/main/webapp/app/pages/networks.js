/** The 18 regional networks, with how many of their municipalities take part today. */
import { Page, html } from '../page.js';
import { api } from '../api.js';
import { formatNumber } from '../format.js';
import { t } from '../i18n.js';
import { href } from '../router.js';

class NetworksPage extends Page {
    static properties = { ...Page.properties, result: { state: true } };

    async load() {
        // All of them on one page: 18 is the whole of Flanders and Brussels.
        const result = await api.get('networks', { size: 50, sort: 'name' });
        return () => { this.result = result; };
    }

    pageTitle() {
        return t('networks.title');
    }

    render() {
        return html`
            <div class="page-header">
                <h1 tabindex="-1">${t('networks.title')}</h1>
                <p class="lead">${t('networks.lead')}</p>
            </div>
            ${this.failure ? this.renderFailure() : this.result ? this.renderNetworks() : this.renderLoading()}`;
    }

    renderNetworks() {
        const networks = this.result.items;
        const municipalities = networks.reduce((sum, n) => sum + n.municipalityCount, 0);
        const participating = networks.reduce((sum, n) => sum + n.participatingCount, 0);
        return html`
            <ul class="stats" aria-label="${t('networks.summary')}">
                <li class="stat"><span class="stat__value">${formatNumber(this.result.totalItems)}</span><span class="stat__label">${t('networks.stat.networks')}</span></li>
                <li class="stat"><span class="stat__value">${formatNumber(municipalities)}</span><span class="stat__label">${t('networks.stat.municipalities')}</span></li>
                <li class="stat"><span class="stat__value">${formatNumber(participating)}</span><span class="stat__label">${t('networks.stat.participating')}</span></li>
            </ul>
            <div class="card card--flush">
                <div class="table-wrap">
                    <table class="table" data-testid="networks">
                        <caption class="visually-hidden">${t('networks.caption', { count: networks.length })}</caption>
                        <thead>
                            <tr>
                                <th scope="col">${t('networks.column.name')}</th>
                                <th scope="col">${t('networks.column.kind')}</th>
                                <th scope="col">${t('networks.column.referenceRegion')}</th>
                                <th scope="col" class="num">${t('networks.column.municipalities')}</th>
                                <th scope="col" class="num">${t('networks.column.participating')}</th>
                                <th scope="col" class="meter-col"><span class="visually-hidden">${t('networks.column.share')}</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            ${networks.map((n) => this.renderNetwork(n))}
                        </tbody>
                    </table>
                </div>
            </div>`;
    }

    renderNetwork(n) {
        const share = n.municipalityCount ? n.participatingCount / n.municipalityCount : 0;
        return html`<tr data-network="${n.id}">
            <th scope="row"><a href="${href('/municipalities', { network: n.id })}">${n.name}</a></th>
            <td>${t(`network.kind.${n.kind}`)}</td>
            <td>${n.referenceRegionName ?? '—'}</td>
            <td class="num">${formatNumber(n.municipalityCount)}</td>
            <td class="num">${formatNumber(n.participatingCount)}</td>
            <td class="meter-col">
                <progress class="progress__bar" max="100" .value=${Math.round(share * 1000) / 10}
                          aria-label="${t('networks.shareLabel', { percent: formatNumber(Math.round(share * 100)) })}"></progress>
            </td>
        </tr>`;
    }
}

customElements.define('vp-networks-page', NetworksPage);
