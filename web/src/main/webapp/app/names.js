/** Names of codes the API sends (an organisation's kind, a municipality's province) in the chosen language. */
import { t } from './i18n.js';

/** An organisation's kind. */
export function kindName(code) {
    return t(`organisationKind.${code}`);
}

/** The province in the chosen language (the API names it in Dutch); Brussels lies in none. */
export function provinceName(municipality) {
    return municipality.province ? t(`province.${municipality.province}`) : t('municipalities.brussels');
}
