/**
 * A tiny way to build DOM without a library: h('p', {class: 'x'}, 'text', child). Attributes with the value
 * null, undefined or false are left out; `on*` functions become event listeners. Text is always text (never HTML),
 * so what an organisation wrote cannot inject markup.
 */
export function h(tag, attributes = {}, ...children) {
    const element = tag.startsWith('svg:')
        ? document.createElementNS('http://www.w3.org/2000/svg', tag.slice(4))
        : document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (name.startsWith('on') && typeof value === 'function') {
            element.addEventListener(name.slice(2), value);
        } else if (name === 'checked' || name === 'value' || name === 'selected') {
            element[name] = value;
        } else {
            element.setAttribute(name, value === true ? '' : String(value));
        }
    }
    append(element, children);
    return element;
}

function append(element, children) {
    for (const child of children.flat(Infinity)) {
        if (child === null || child === undefined || child === false) {
            continue;
        }
        element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
}

/** Replaces everything inside the element. */
export function replace(element, ...children) {
    element.replaceChildren();
    append(element, children);
    return element;
}

/** An icon from the few this app draws itself (inline SVG, decorative: the text next to it says the same). */
export function icon(name) {
    const paths = {
        check: 'M4 12.5l5 5L20 6.5',
        clock: 'M12 2.5a9.5 9.5 0 1 0 0 19a9.5 9.5 0 1 0 0-19M12 7v5.5l3.5 2',
        flag: 'M5 21V3.5M5 4h12l-2.5 4L17 12H5',
        place: 'M12 21s-6.5-6.2-6.5-11a6.5 6.5 0 0 1 13 0c0 4.8-6.5 11-6.5 11zM12 7.5a2.5 2.5 0 1 0 0 5a2.5 2.5 0 1 0 0-5',
        calendar: 'M4 5.5h16v15H4zM4 10h16M8 3v4M16 3v4',
        people: 'M9 11a3.5 3.5 0 1 0 0-7a3.5 3.5 0 1 0 0 7M2.5 20c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6M16 4.3a3.5 3.5 0 0 1 0 6.4M18 14.3c2 .7 3.5 2.7 3.5 5.7',
        info: 'M12 2.5a9.5 9.5 0 1 0 0 19a9.5 9.5 0 1 0 0-19M12 11v6M12 7.5v.5',
    };
    return h('svg:svg', { class: 'icon', viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' },
        h('svg:path', { d: paths[name] || paths.info }));
}
