/**
 * Municipality names by NIS code, for lists that carry only the code (newcomers, trajectories): the public reference
 * list (GET /public/municipalities, all 304, cached by the browser for a day), fetched once per page load.
 */
import { api } from './api.js';

let names = null;

/** A Map from NIS code to name. */
export function municipalityNames() {
    names ??= api.get('public/municipalities').then((all) => new Map(all.map((m) => [m.nisCode, m.name])))
        .catch((error) => {
            names = null; // try again next time
            throw error;
        });
    return names;
}
