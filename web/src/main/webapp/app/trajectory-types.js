/**
 * The trajectory types the registry serves (GET /trajectory-types is paged like every collection): all of them in
 * one call, in the chosen language. A handful exist; 200 is the API's largest page.
 */
import { api } from './api.js';

export async function loadTrajectoryTypes() {
    return (await api.get('trajectory-types', { size: 200 })).items;
}
