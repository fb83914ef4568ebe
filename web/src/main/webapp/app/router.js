/**
 * Hash routes ('#/municipalities/44021?tab=x'), so that the server only ever serves static files and the API, and every
 * screen has a URL that survives a reload and the back button. Filters and paging live in the query part.
 */

function compile(pattern) {
    const names = [];
    const source = pattern.replace(/:(\w+)/g, (whole, name) => {
        names.push(name);
        return '([^/]+)';
    });
    return { regex: new RegExp(`^${source}/?$`), names };
}

/** Finds the page for the current location: { page, params, query } or null. */
export function resolve(pages, hash = window.location.hash) {
    const [path, search = ''] = hash.replace(/^#/, '').split('?');
    for (const page of pages) {
        page.compiled ??= compile(page.path);
        const match = page.compiled.regex.exec(path || '/');
        if (match) {
            const params = Object.fromEntries(page.compiled.names.map((name, i) => [name, decodeURIComponent(match[i + 1])]));
            return { page, params, query: Object.fromEntries(new URLSearchParams(search)) };
        }
    }
    return null;
}

/** The link to a path with a query (empty values left out), e.g. href('/municipalities', {network: 'westhoek'}). */
export function href(path, query = {}) {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
        if (value !== undefined && value !== null && value !== '') {
            search.set(name, value);
        }
    }
    const text = search.toString();
    return `#${path}${text ? `?${text}` : ''}`;
}

/** Goes to a path; `replace` keeps it out of the history (a filter being typed, not a new screen). */
export function navigate(path, query = {}, { replace = false } = {}) {
    const target = href(path, query);
    if (replace) {
        history.replaceState(history.state, '', target);
        window.dispatchEvent(new HashChangeEvent('hashchange'));
    } else {
        window.location.hash = target;
    }
}
