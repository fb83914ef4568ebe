/**
 * The rights over personal data that a person's page offers (newcomer, buddy): the export of everything held, saved
 * as a JSON file (right of access), and the erasure after a native confirmation. `host` is a FormPage of the person:
 * recordPath(), record (with firstName and lastName), refresh(), and an `erasing` state that disables the button.
 */
import { api } from './api.js';
import { t } from './i18n.js';

/** Saves what the API's export gives as a JSON file; the problem if it failed, null otherwise. */
export async function downloadExport(host, fileName) {
    try {
        const data = await api.get(`${host.recordPath()}/export`);
        const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = fileName;
        link.click();
        URL.revokeObjectURL(link.href);
        return null;
    } catch (error) {
        return error;
    }
}

/**
 * Asks whether to erase the person and, if so, erases them and reloads the page (which then shows no form): the
 * problem if the API refused, null when erased, undefined when the user did not confirm.
 */
export async function eraseAfterConfirmation(host) {
    // eslint-disable-next-line no-alert -- a native confirmation is accessible and cannot be clicked through by accident
    if (!window.confirm(t('buddy.eraseConfirm', { name: `${host.record.firstName} ${host.record.lastName}` }))) {
        return undefined;
    }
    host.erasing = true;
    try {
        await api.post(`${host.recordPath()}/erasure`);
        host.form = null;
        await host.refresh();
        return null;
    } catch (error) {
        return error;
    } finally {
        host.erasing = false;
    }
}
