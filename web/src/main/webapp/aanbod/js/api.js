/**
 * The public API (/api/v1/public/…), without an account: no session, no CSRF token. Every call that returns labels
 * sends the chosen language as `lang`. A refusal becomes an ApiError carrying the status and the problem+json body.
 */
import { language } from './i18n.js';

const BASE = new URL('../../api/v1/public/', import.meta.url);

export class ApiError extends Error {
    constructor(status, problem, retryAfter) {
        super(problem?.detail || problem?.title || `HTTP ${status}`);
        this.status = status;
        this.problem = problem || {};
        this.retryAfter = retryAfter;
    }
}

async function answer(response) {
    const type = response.headers.get('content-type') || '';
    const body = type.includes('json') ? await response.json().catch(() => null) : null;
    if (!response.ok) {
        throw new ApiError(response.status, body, response.headers.get('retry-after'));
    }
    return body;
}

/** GET path?params&lang=…; empty params are left out. */
export async function get(path, params = {}, withLanguage = true) {
    const url = new URL(path, BASE);
    for (const [name, value] of Object.entries(withLanguage ? { ...params, lang: language() } : params)) {
        if (value !== undefined && value !== null && value !== '' && value !== false) {
            url.searchParams.set(name, value);
        }
    }
    return answer(await fetch(url, { headers: { Accept: 'application/json' } }));
}

export async function post(path, body) {
    return answer(await fetch(new URL(path, BASE), {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
    }));
}

let municipalities;

/** All municipalities [{nisCode, name, networkName}], loaded once (the server lets the browser cache them a day). */
export function allMunicipalities() {
    municipalities ??= get('municipalities', {}, false).catch(e => {
        municipalities = undefined;
        throw e;
    });
    return municipalities;
}
