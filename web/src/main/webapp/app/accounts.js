/**
 * What the user pages share: the roles and the scope each needs, the scope fields shown for a role and the body the
 * API takes. Which scope a role needs is shown here only to ask for
 * the right fields; the API decides whether the scope is complete and whether the caller may give it.
 */
import { html } from 'lit';
import { t } from './i18n.js';
import { choiceGroup, selectField, textField } from './ui.js';

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

/** The scope of an account in words: its networks, its municipality, its organisation, or nothing. */
export function scopeText(user, networks = []) {
    const nameOf = (id) => networks.find((n) => n.id === id)?.name ?? id;
    if (user.networkIds?.length) return user.networkIds.map(nameOf).join(', ');
    if (user.municipalityNis) return t('users.scope.municipality', { name: user.municipalityName ?? user.municipalityNis });
    if (user.organisationId !== null && user.organisationId !== undefined) return t('users.scope.organisation', { name: user.organisationName ?? user.organisationId });
    return '—';
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
