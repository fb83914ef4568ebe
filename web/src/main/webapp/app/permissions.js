/**
 * What the signed-in user may do, as the pages ask it before they offer a form or a button: the flags the API serves
 * with the session (GET /session, `may`), which its own permission rules answer. Only a courtesy: the API refuses what
 * the caller may not do, in any case; the pages only hide what would be refused, and keep no copy of the rules.
 */
import { signedIn } from './session.js';

/**
 * Whether the user may do this somewhere (which record, the API decides at the call): manageNewcomers,
 * eraseNewcomers, followTrajectories, decideHours, manageBuddies, eraseBuddies, decideMatches, publishOffers,
 * registerOrganisations, manageFunding, calculateAllocations.
 */
export function may(action) {
    return signedIn()?.may?.[action] === true;
}

/** The roles the user may give a new account, in the API's codes. */
export function grantableRoles() {
    return signedIn()?.may?.grantRoles ?? [];
}
