/**
 * What the parts of the trajectory page share. A part is a Lit element in the light DOM (like a page, so the
 * stylesheet, the label/input associations and the browser tests reach it) that lays out as the card it renders
 * (class `part`: display contents). It is given the data it shows as properties and `host`, the page, for what
 * touches the whole trajectory: `host.path()` (its API path), `host.etag` (its version), `host.act(call, {notice})`
 * (runs a change, shows its problem at the top or reloads and says `notice`), `host.changed(notice)` (reloads, then
 * says so), `host.tell({notice, problem})` (says something without reloading) and `host.refresh()`.
 */
import { LitElement } from 'lit';
import { violationText } from '../ui.js';

/** The trajectory statuses in which it can still change. */
export const OPEN = ['intake', 'active'];

export class Part extends LitElement {
    static properties = { host: { attribute: false }, trajectory: { attribute: false }, busy: { type: Boolean } };

    createRenderRoot() {
        return this;
    }

    connectedCallback() {
        super.connectedCallback();
        this.classList.add('part');
    }
}

/** A part with a form of its own: the API's violations shown at its fields, its problem otherwise, busy while sent. */
export class FormPart extends Part {
    static properties = { ...Part.properties, errors: { state: true }, problem: { state: true } };

    constructor() {
        super();
        this.errors = new Map();
        this.problem = null;
        this.busy = false;
    }

    /**
     * Sends the form: runs `call` (the API call and what follows from its answer), forgets the last violations and
     * runs `then`; on failure keeps the API's answer and moves the focus to it (`focus`, a selector). Returns the
     * error, or null.
     */
    async send(call, { then, focus } = {}) {
        this.busy = true;
        try {
            await call();
            this.errors = new Map();
            this.problem = null;
            await then?.();
            return null;
        } catch (error) {
            this.errors = error.byField ? error.byField() : new Map();
            this.problem = error;
            if (focus) {
                await this.updateComplete;
                this.querySelector(focus)?.focus();
            }
            return error;
        } finally {
            this.busy = false;
        }
    }

    /** The API's messages about these fields as one text, or undefined. */
    fieldError(...fields) {
        return fields.flatMap((f) => this.errors.get(f) ?? []).map(violationText).join(' ') || undefined;
    }
}
