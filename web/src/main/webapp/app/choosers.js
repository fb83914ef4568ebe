/**
 * The choosers the forms and filters share: the networks a user may choose (for a form, for a filter), the
 * municipalities of a network, and the network select with the municipality select beside it that a form of a
 * newcomer, a buddy, an offer or an organisation asks. Which networks are offered is a courtesy: the API refuses a
 * network outside the caller's scope.
 */
import { html } from 'lit';
import { api } from './api.js';
import { t } from './i18n.js';
import { signedIn } from './session.js';
import { selectField } from './ui.js';

/** The networks to choose from (a coordinator: its own; the API would refuse others). */
export async function loadNetworks() {
    const all = (await api.get('networks', { size: 50, sort: 'name' })).items;
    const mine = signedIn()?.role === 'network-coordinator' ? signedIn().networkIds : null;
    return mine ? all.filter((n) => mine.includes(n.id)) : all;
}

/**
 * The networks a list may be filtered by: the user's own when they have some, else those {@link loadNetworks} gives;
 * `known` (loaded before) saves the call.
 */
export async function filterNetworks(known) {
    const networks = known?.length ? known : await loadNetworks();
    const mine = signedIn()?.networkIds ?? [];
    return mine.length ? networks.filter((n) => mine.includes(n.id)) : networks;
}

/** The municipalities of one network, by name. */
export async function loadMunicipalities(networkId) {
    return networkId ? (await api.get('municipalities', { network: networkId, size: 200, sort: 'name' })).items : [];
}

/**
 * Shows the municipalities of a network in `host.municipalities`, unless the form's network (`field`) changed while they
 * loaded.
 */
export async function showMunicipalities(host, networkId, field = 'network') {
    const municipalities = await loadMunicipalities(networkId);
    if (host.form?.[field] === networkId) {
        host.municipalities = municipalities;
    }
}

/**
 * Narrows the municipality select to one network; a chosen municipality outside it is cleared. `host` as for
 * scopeFields; `field` is the form's field that holds the network.
 */
export async function chooseMunicipalityNetwork(host, networkId, field = 'municipalityNetwork') {
    host.input(field, networkId);
    await showMunicipalities(host, networkId, field);
    if (host.form[field] === networkId && !host.municipalities.some((m) => m.nisCode === host.form.municipalityNis)) {
        host.input('municipalityNis', '');
    }
}

/**
 * A network select and the select of its municipalities beside it (in a form row), for a form whose fields are
 * `network` and `municipalityNis`: choosing a network narrows the municipalities. `host` is a FormPage with
 * `networks` and `municipalities`; `networkLabel` names the network field, `label` and `error` are the form's.
 */
export function networkAndMunicipalityFields(host, { networkLabel, label, error }) {
    const f = host.form;
    return html`<div class="form__row">
        ${selectField({ id: 'network', name: 'network', label: networkLabel, value: f.network,
            empty: t('users.choose'), options: host.networks.map((n) => ({ value: n.id, label: n.name })),
            onInput: (v) => chooseMunicipalityNetwork(host, v, 'network') })}
        ${selectField({ id: 'municipalityNis', name: 'municipalityNis', label: label('municipalityNis'), required: true,
            value: f.municipalityNis, error: error('municipalityNis'),
            empty: f.network ? t('users.choose') : t('organisation.chooseNetworkFirst'),
            options: host.municipalities.map((m) => ({ value: m.nisCode, label: m.name })),
            onInput: (v) => host.input('municipalityNis', v) })}
    </div>`;
}
