/**
 * The one way the UI talks to the server: every call to /api/v1 goes through request() below. It speaks JSON, sends
 * the chosen language, sends If-Match when the caller passes the version it read, and turns every
 * application/problem+json answer into an ApiError that knows its field violations.
 */
import { language } from './i18n.js';

const API_ROOT = 'api/v1/';

/** A refused or failed call: the API's problem detail (RFC 9457), or status 0 when the server could not be reached. */
export class ApiError extends Error {
    constructor({ status, title, detail, type, violations }) {
        super(detail || title || `HTTP ${status}`);
        this.name = 'ApiError';
        this.status = status;
        this.title = title ?? null;
        this.detail = detail ?? null;
        this.type = type ?? null;
        this.violations = Array.isArray(violations) ? violations : [];
    }

    /** The server could not be reached at all. */
    get unreachable() {
        return this.status === 0;
    }

    /** Somebody else changed the resource since it was read (If-Match no longer matches). */
    get changedMeanwhile() {
        return this.status === 412;
    }

    /**
     * The violations per form field. An item of a list field ('sharedLanguages[1]') belongs to its field
     * ('sharedLanguages'), where the form shows it.
     */
    byField() {
        const fields = new Map();
        for (const violation of this.violations) {
            const field = String(violation.field ?? '').replace(/\[\d+]$/, '');
            if (!fields.has(field)) {
                fields.set(field, []);
            }
            fields.get(field).push(violation);
        }
        return fields;
    }
}

/*
 * ---- Security seam ------------------------------------------------------------------------------------------------
 * The sign-in work (issue: security) plugs in here and nowhere else:
 *   - headers(): the session or CSRF header(s) every call must carry (none today: the API is open);
 *   - unauthorized(error): what a 401 (not signed in, session expired) leads to, i.e. the redirect to the sign-in
 *     page; today a 401 is shown like any other refused call. A 403 stays an ApiError for the page to explain.
 * Call useSession({...}) once at start-up to replace either.
 */
const session = {
    headers: () => ({}),
    unauthorized: () => {},
};

export function useSession({ headers, unauthorized } = {}) {
    if (headers) session.headers = headers;
    if (unauthorized) session.unauthorized = unauthorized;
}
/* ------------------------------------------------------------------------------------------------------------------ */

function urlOf(path, query) {
    const url = new URL(API_ROOT + path.replace(/^\//, ''), document.baseURI);
    for (const [name, value] of Object.entries(query ?? {})) {
        if (value !== undefined && value !== null && value !== '') {
            url.searchParams.set(name, value);
        }
    }
    return url;
}

async function problemOf(response) {
    const type = response.headers.get('Content-Type') ?? '';
    if (type.includes('json')) {
        try {
            const body = await response.json();
            return { ...body, status: response.status };
        } catch {
            // a broken body: the status says enough
        }
    }
    return { status: response.status, title: response.statusText };
}

/**
 * @param {string} method  HTTP method
 * @param {string} path    below /api/v1, e.g. 'municipalities/44021'
 * @param {object} options query (object of parameters; empty ones left out), body (sent as JSON), ifMatch (the ETag
 *                         read earlier, for an update under optimistic locking), mayBeSignedOut (a 401 is an
 *                         answer, not a reason to send the user to the sign-in page: the start-up's session check)
 * @returns {Promise<{data: any, etag: string|null}>}
 */
export async function request(method, path, { query, body, ifMatch, mayBeSignedOut = false } = {}) {
    const headers = {
        Accept: 'application/json, application/problem+json',
        'Accept-Language': language(),
        ...session.headers(),
    };
    if (body !== undefined) {
        headers['Content-Type'] = 'application/json';
    }
    if (ifMatch) {
        headers['If-Match'] = ifMatch;
    }
    let response;
    try {
        response = await fetch(urlOf(path, query), {
            method,
            headers,
            body: body === undefined ? undefined : JSON.stringify(body),
            credentials: 'same-origin',
        });
    } catch {
        throw new ApiError({ status: 0 });
    }
    if (!response.ok) {
        const error = new ApiError(await problemOf(response));
        if (error.status === 401 && !mayBeSignedOut) {
            session.unauthorized(error);
        }
        throw error;
    }
    const data = response.status === 204 ? null : await response.json();
    return { data, etag: response.headers.get('ETag') };
}

/** The address of a download (a list as CSV or XLSX, a template): a plain link carries the session cookie. */
export function downloadUrl(path, query) {
    return urlOf(path, query).href;
}

/**
 * Sends a file as the raw body of a POST (an import), its name in X-File-Name; the answer's body (a 202's run).
 * @param {File|Blob} file
 */
export async function upload(path, query, file) {
    const headers = {
        Accept: 'application/json, application/problem+json',
        'Accept-Language': language(),
        'Content-Type': 'application/octet-stream',
        ...session.headers(),
    };
    if (file.name) {
        headers['X-File-Name'] = encodeURIComponent(file.name);
    }
    let response;
    try {
        response = await fetch(urlOf(path, query), { method: 'POST', headers, body: file, credentials: 'same-origin' });
    } catch {
        throw new ApiError({ status: 0 });
    }
    if (!response.ok) {
        const error = new ApiError(await problemOf(response));
        if (error.status === 401) {
            session.unauthorized(error);
        }
        throw error;
    }
    return response.json();
}

/** Shorthands for the usual calls. */
export const api = {
    /** The body of a GET. */
    get: async (path, query) => (await request('GET', path, { query })).data,
    /** A GET whose ETag the caller keeps for a later update. */
    getVersioned: (path) => request('GET', path),
    post: (path, body, { ifMatch } = {}) => request('POST', path, { body, ifMatch }),
    /** An update of what was read under version `ifMatch` (412 when somebody changed it since). */
    put: (path, body, { ifMatch } = {}) => request('PUT', path, { body, ifMatch }),
    /** Deletes (or revokes) what the path names; the body of the answer, if any. */
    remove: async (path) => (await request('DELETE', path)).data,
};
