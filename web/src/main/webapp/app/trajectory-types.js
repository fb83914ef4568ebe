/**
 * The trajectory types the registry serves (GET /trajectory-types is paged like every collection): all of them in
 * one call, in the chosen language. A handful exist; 200 is the API's largest page.
 */
import { api } from './api.js';

export async function loadTrajectoryTypes() {
    return (await api.get('trajectory-types', { size: 200 })).items;
}

/**
 * Whether a newcomer is placed with a buddy in this type (otherwise in an offer): the type's own answer
 * (`placedWith`, served by the API), the one the placement, the matching and the reports go by.
 */
export function placedWithBuddy(type) {
    return type?.placedWith === 'buddy';
}

/**
 * The type of the duos the matching proposes: the one type placed with a buddy, or null when there are several (the
 * API then asks which, and the UI does not guess) or none.
 */
export function buddyType(types) {
    const withBuddy = types.filter(placedWithBuddy);
    return withBuddy.length === 1 ? withBuddy[0] : null;
}

/** The schema's fields a user fills in: the references (to the offer, organisation or buddy) the API fills itself. */
export function typedFields(type) {
    return (type?.fields ?? []).filter((f) => f.kind !== 'reference');
}
