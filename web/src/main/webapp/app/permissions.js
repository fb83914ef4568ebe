/**
 * What the signed-in user may do, as the pages ask it before they offer a form or a button. Only a courtesy: the API
 * refuses what the caller may not do, in any case; the pages only hide what would be refused.
 */
import { signedIn } from './session.js';

/** Who registers buddies and changes them (the API checks in which networks). */
export function mayManageBuddies() {
    return ['administrator', 'network-coordinator', 'counsellor'].includes(signedIn()?.role);
}

/** Who takes newcomers in and changes them (the API checks in which networks). */
export function mayManageNewcomers() {
    return ['administrator', 'network-coordinator', 'counsellor'].includes(signedIn()?.role);
}

/** The roles that may publish offers somewhere (the API checks where). */
export function mayPublishOffers() {
    return ['administrator', 'network-coordinator', 'local-officer', 'organisation-contact'].includes(signedIn()?.role);
}

/** The roles that may register an organisation somewhere (the API checks where). */
export function mayRegisterOrganisations() {
    return ['administrator', 'network-coordinator', 'local-officer'].includes(signedIn()?.role);
}

/** Who manages funding calls and projects. */
export function mayManageFunding() {
    return signedIn()?.role === 'administrator';
}

/** Who computes proposals and decides on pairs (the API checks for which network). */
export function mayDecideMatches() {
    return ['administrator', 'network-coordinator'].includes(signedIn()?.role);
}

