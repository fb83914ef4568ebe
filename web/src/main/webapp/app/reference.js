/**
 * Codes the API accepts as filters but does not (yet) list itself: the five Flemish provinces of
 * GET /municipalities?province=. Their names come from the message bundles (province.<code>).
 */
export const PROVINCES = Object.freeze(['antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen']);

/** The kinds of partner organisation the API knows (OrganisationKind); names from the bundles (organisationKind.<code>). */
export const ORGANISATION_KINDS = Object.freeze(['association', 'company', 'local-government', 'welfare', 'education', 'other']);
