/**
 * What the parts of the trajectory page share. A part is a Lit element in the light DOM (like a page, so the
 * stylesheet, the label/input associations and the browser tests reach it) that lays out as the card it renders
 * (class `part`: display contents). It is given the data it shows as properties and `host`, the page, for what
 * touches the whole trajectory: `host.path()` (its API path), `host.etag` (its version), `host.act(call, {notice})`
 * (runs a change, shows its problem at the top or reloads and says `notice`), `host.changed(notice)` (reloads, then
 * says so), `host.tell({notice, problem})` (says something without reloading) and `host.refresh()`.
 */
import { LitElement } from 'lit';

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
