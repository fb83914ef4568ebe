/**
 * Codes the API accepts as filters but does not (yet) list itself: the five Flemish provinces of
 * GET /municipalities?province=. Their names come from the message bundles (province.<code>).
 */
export const PROVINCES = Object.freeze(['antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen']);

/** The kinds of partner organisation the API knows (OrganisationKind); names from the bundles (organisationKind.<code>). */
export const ORGANISATION_KINDS = Object.freeze(['association', 'company', 'local-government', 'welfare', 'education', 'other']);

/** The CEFR levels of Dutch, lowest first (DutchLevel). */
export const DUTCH_LEVELS = Object.freeze(['A0', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2']);

/** The statuses of an offer (OfferStatus); names from the bundles (offerStatus.<code>). */
export const OFFER_STATUSES = Object.freeze(['draft', 'published', 'closed']);

/** Interests of newcomers and buddies (core.profile.domain.Interest); names from the bundles (interest.<code>). */
export const INTERESTS = Object.freeze(['sport', 'cooking', 'music', 'culture', 'nature', 'reading', 'games', 'crafts',
    'technology', 'gardening', 'children', 'work', 'language', 'religion-philosophy', 'society']);

/** The days and parts of a day of the weekly availability slots ('wed-afternoon', TimeSlot). */
export const DAYS = Object.freeze(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
export const PARTS_OF_DAY = Object.freeze(['morning', 'afternoon', 'evening']);

/** The purposes a person consents to, each separately (ConsentPurpose); names from the bundles (consent.<code>). */
export const CONSENT_PURPOSES = Object.freeze(['matching', 'share-with-partners', 'evaluation-contact']);
