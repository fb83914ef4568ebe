/**
 * What the user pages share: the roles and the scope each needs, the scope fields shown for a role, the body the API
 * takes, and the API's violations placed at the form's fields. Which scope a role needs is shown here only to ask for
 * the right fields; the API decides whether the scope is complete and whether the caller may give it.
 */
import { html, nothing } from 'lit';
import { api } from '../api.js';
import { t } from '../i18n.js';
import { signedIn } from '../session.js';
import { badge, choiceGroup, selectField, textField } from '../ui.js';

/** The roles in the API's codes, with the scope each is bound to (as README "Signing in, roles and scopes"). */
export const ROLES = Object.freeze({
    administrator: 'none',
    'network-coordinator': 'networks',
    counsellor: 'networks',
    'local-officer': 'municipality',
    'organisation-contact': 'organisation',
    viewer: 'none',
});

/** The role in the chosen language. */
export function roleName(code) {
    return t(`role.${code}`);
}

/** The roles the signed-in user may hand out: an administrator any, a coordinator only local officers. */
export function grantableRoles() {
    return signedIn()?.role === 'administrator' ? Object.keys(ROLES) : ['local-officer', 'organisation-contact'];
}

/** Badges for what is special about an account: locked, inactive, must change password. */
export function statusBadges(user) {
    return html`<span class="badges">
        ${user.active ? nothing : badge(t('users.status.inactive'), 'neutral')}
        ${user.locked ? badge(t('users.status.locked'), 'warning') : nothing}
        ${user.mustChangePassword ? badge(t('users.status.mustChangePassword'), 'info') : nothing}
        ${user.active && !user.locked && !user.mustChangePassword ? badge(t('users.status.active'), 'success') : nothing}
    </span>`;
}

/** The scope of an account in words: its networks, its municipality, its organisation, or nothing. */
export function scopeText(user, networks = []) {
    const nameOf = (id) => networks.find((n) => n.id === id)?.name ?? id;
    if (user.networkIds?.length) return user.networkIds.map(nameOf).join(', ');
    if (user.municipalityNis) return t('users.scope.municipality', { name: user.municipalityName ?? user.municipalityNis });
    if (user.organisationId !== null && user.organisationId !== undefined) return t('users.scope.organisation', { name: user.organisationName ?? user.organisationId });
    return '—';
}

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

/** The scope part of a form for a role's values: what the inputs hold. */
export function scopeFormOf(user) {
    return {
        networkIds: user?.networkIds ?? [],
        municipalityNetwork: '',
        municipalityNis: user?.municipalityNis ?? '',
        organisationId: user?.organisationId === null || user?.organisationId === undefined ? '' : String(user.organisationId),
    };
}

/**
 * The scope part of the body: only the fields the role uses are sent (a field of another role would be refused by
 * the API, and the user cannot see it). An organisation id that is no whole number is sent as typed, for the API to
 * refuse.
 */
export function scopeBodyOf(role, form) {
    const kind = ROLES[role];
    const organisation = (form.organisationId ?? '').trim();
    return {
        networkIds: kind === 'networks' ? form.networkIds : [],
        municipalityNis: kind === 'municipality' && form.municipalityNis ? form.municipalityNis : null,
        organisationId: kind === 'organisation' && organisation ? (/^\d+$/.test(organisation) ? Number(organisation) : organisation) : null,
    };
}

/**
 * The scope fields for a role. `host` is the page: it holds `networks`, `municipalities` (of the network chosen to
 * narrow the municipality list), `form`, and implements input(field, value) and chooseMunicipalityNetwork(id).
 */
export function scopeFields(host, role, error) {
    const kind = ROLES[role];
    const f = host.form;
    if (kind === 'networks') {
        return choiceGroup({
            id: 'networkIds', name: 'networkIds', type: 'checkbox', label: t('users.field.networkIds'), required: true,
            hint: t('users.hint.networkIds'), value: f.networkIds, error: error('networkIds'),
            options: host.networks.map((n) => ({ value: n.id, label: n.name })),
            onInput: (v) => host.input('networkIds', v),
        });
    }
    if (kind === 'municipality') {
        return html`<div class="form__row">
            ${selectField({
                id: 'municipalityNetwork', name: 'municipalityNetwork', label: t('users.field.municipalityNetwork'),
                hint: t('users.hint.municipalityNetwork'), value: f.municipalityNetwork, empty: t('users.choose'),
                options: host.networks.map((n) => ({ value: n.id, label: n.name })),
                onInput: (v) => host.chooseMunicipalityNetwork(v),
            })}
            ${selectField({
                id: 'municipalityNis', name: 'municipalityNis', label: t('users.field.municipalityNis'), required: true,
                value: f.municipalityNis, empty: t('users.choose'), error: error('municipalityNis'),
                options: host.municipalities.map((m) => ({ value: m.nisCode, label: `${m.name} (${m.nisCode})` })),
                onInput: (v) => host.input('municipalityNis', v),
            })}
        </div>`;
    }
    if (kind === 'organisation') {
        return textField({
            id: 'organisationId', name: 'organisationId', label: t('users.field.organisationId'), required: true,
            hint: t('users.hint.organisationId'), value: f.organisationId, error: error('organisationId'),
            inputmode: 'numeric', width: 'number', onInput: (v) => host.input('organisationId', v),
        });
    }
    return html`<p class="muted" data-testid="no-scope">${t('users.scope.none')}</p>`;
}
