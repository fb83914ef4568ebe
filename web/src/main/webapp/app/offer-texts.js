/** An offer's places and period in words, for the list of offers and the offer's own page. */
import { formatDate, formatNumber } from './format.js';
import { t } from './i18n.js';

/** "3 van 10 vrij" */
export function placesText(offer) {
    return t('offers.places', { free: formatNumber(offer.freePlaces), capacity: formatNumber(offer.capacity) });
}

/** "1 september 2025 – 30 juni 2026", or open when the offer has no period. */
export function periodText(offer) {
    if (!offer.activeFrom && !offer.activeUntil) return t('offers.periodOpen');
    return t('offers.period', {
        from: offer.activeFrom ? formatDate(offer.activeFrom) : '…',
        until: offer.activeUntil ? formatDate(offer.activeUntil) : '…',
    });
}
