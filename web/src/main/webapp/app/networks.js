/**
 * Which networks a user of the figures may choose between, one answer for every page of figures (dashboard, supply
 * and demand, reports): all of them (administrators, viewers), their own (coordinators, counsellors), or none (a local
 * officer sees their municipality, an organisation contact no figures).
 */
import { api } from './api.js';
import { signedIn } from './session.js';

/** Roles that count every network. */
export const EVERYWHERE = ['administrator', 'viewer'];
/** Roles that count the networks of their scope. */
export const BY_NETWORK = ['network-coordinator', 'counsellor'];

/** The choosable networks as {id, name}, by name; `known` (loaded before) saves the call. */
export async function choosableNetworks(known) {
    const role = signedIn()?.role;
    if (!EVERYWHERE.includes(role) && !BY_NETWORK.includes(role)) {
        return [];
    }
    const all = known ?? (await api.get('networks', { size: 50, sort: 'name' })).items
        .map((n) => ({ id: n.id, name: n.name }));
    const mine = signedIn()?.networkIds ?? [];
    return EVERYWHERE.includes(role) ? all : all.filter((n) => mine.includes(n.id));
}
