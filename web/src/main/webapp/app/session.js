/**
 * Who is signed in. The server keeps the session (an HttpOnly cookie the page never sees); this module keeps what the
 * UI needs of it — the user, the role and the CSRF token that every state-changing call must carry — and plugs into
 * the security seam of api.js: the token goes with every call, and a 401 sends the user to the sign-in page.
 */
import { request, useSession } from './api.js';

let current = null;

/**
 * The signed-in user ({username, role, networkIds, municipalityNis, organisationId, mustChangePassword, csrfToken,
 * may}) or null. mustChangePassword: the password an administrator set must be replaced first (the API refuses
 * everything else until then); may: what the user may do, as the API's rules answer it (see permissions.js).
 */
export function signedIn() {
    return current;
}

/** The address to return to after signing in: where the user was. */
function signInAddress() {
    const here = window.location.hash.replace(/^#/, '');
    const next = here && !here.startsWith('/sign-in') ? `?next=${encodeURIComponent(here)}` : '';
    return `#/sign-in${next}`;
}

useSession({
    // X-Requested-With: a 401 then carries no Basic challenge, so the browser never shows its own log-in dialog.
    headers: () => (current?.csrfToken
        ? { 'X-Requested-With': 'vierdepijler-ui', 'X-CSRF-Token': current.csrfToken }
        : { 'X-Requested-With': 'vierdepijler-ui' }),
    unauthorized: () => {
        current = null;
        if (!window.location.hash.startsWith('#/sign-in')) {
            window.location.hash = signInAddress();
        }
    },
});

/**
 * At start-up: is there still a session from before (a reload)? Not being signed in is no reason to leave the page
 * here: the shell sends to the sign-in page only from a page that is not public.
 */
export async function restoreSession() {
    try {
        current = (await request('GET', 'session', { mayBeSignedOut: true })).data;
    } catch {
        current = null;
    }
    if (current?.mustChangePassword && !window.location.hash.startsWith('#/password')) {
        // A reload before the password was changed: that comes first, then the page asked for.
        const here = window.location.hash.replace(/^#/, '');
        window.location.hash = `#/password${here && !here.startsWith('/sign-in') ? `?next=${encodeURIComponent(here)}` : ''}`;
    }
    return current;
}

export async function signIn(username, password) {
    current = (await request('POST', 'session', { body: { username, password } })).data;
    return current;
}

/** Changes the signed-in user's own password; the API checks the current one and the rules for the new one. */
export async function changeOwnPassword(currentPassword, newPassword) {
    await request('PUT', 'session/password', { body: { currentPassword, newPassword } });
    if (current) {
        current = { ...current, mustChangePassword: false };
    }
}

/**
 * Signs out. After a sign-in through the identity provider the API answers where to end the session there too: the
 * browser goes there, and the provider sends it back to the start page.
 */
export async function signOut() {
    let providerSignOut = null;
    try {
        providerSignOut = (await request('DELETE', 'session')).data?.signOutUrl ?? null;
    } finally {
        current = null;
        if (providerSignOut) {
            window.location.assign(providerSignOut);
        } else {
            window.location.hash = '#/sign-in';
        }
    }
}

/** The identity provider of the sign-in page ({name, signInUrl}), or null when OpenID Connect is off (404). */
export async function identityProvider() {
    try {
        return (await request('GET', 'session/oidc/provider', { mayBeSignedOut: true })).data;
    } catch {
        return null;
    }
}

export { signInAddress };
