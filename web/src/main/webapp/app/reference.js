/**
 * Codes the API accepts as filters but does not (yet) list itself: the five Flemish provinces of
 * GET /municipalities?province=. Their names come from the message bundles (province.<code>).
 */
export const PROVINCES = Object.freeze(['antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen']);
