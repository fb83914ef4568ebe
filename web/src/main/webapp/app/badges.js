/**
 * The status badges the pages share: how a buddy, newcomer, offer, organisation, municipality, trajectory, match,
 * funding project or user account stands, as a short coloured label. Lists and detail pages show the same badge, so
 * it lives here once.
 */
import { html, nothing } from 'lit';
import { formatDate } from './format.js';
import { t } from './i18n.js';
import { badge } from './ui.js';

/** What stands out about a buddy: erased, available, screening and training not done, not active. */
export function buddyBadges(b) {
    if (b.erased) return badge(t('buddy.erased'), 'neutral');
    return html`<span class="badges">
        ${b.available ? badge(t('buddy.available'), 'success') : ''}
        ${b.screening === 'registered' ? badge(t('screening.registered'), 'info') : ''}
        ${b.screening === 'refused' ? badge(t('screening.refused'), 'warning') : ''}
        ${b.screening === 'screened' && b.training !== 'trained' ? badge(t('training.not-trained'), 'info') : ''}
        ${b.status !== 'active' ? badge(t(`buddyStatus.${b.status}`), 'neutral') : ''}
    </span>`;
}

/** A newcomer's integration status (obliged, entitled, …) as a badge. */
export function integrationStatusBadge(code) {
    return badge(t(`integrationStatus.${code}`), code === 'obliged' ? 'info' : 'neutral');
}

/** An offer's status as a badge: published and open, published and full, draft, closed. */
export function offerStatusBadge(offer) {
    const tone = { draft: 'neutral', published: offer.open ? 'success' : 'info', closed: 'warning' }[offer.status] ?? 'neutral';
    return badge(t(`offerStatus.${offer.status}`), tone);
}

/** Whether an organisation is active. */
export function activeBadge(active) {
    return active ? badge(t('organisations.active'), 'success') : badge(t('organisations.inactive'), 'neutral');
}

/** Whether a municipality takes part today (the API decides), and since or until when. */
export function membershipBadge(membership) {
    if (membership.participating) {
        return badge(t('membership.participatingSince', { date: formatDate(membership.participatingFrom) }), 'success');
    }
    if (membership.participatingFrom) {
        return badge(t('membership.notParticipatingPeriod', {
            from: formatDate(membership.participatingFrom),
            until: membership.participatingUntil ? formatDate(membership.participatingUntil) : '…',
        }), 'neutral');
    }
    return badge(t('membership.notParticipating'), 'neutral');
}

const TRAJECTORY_TONES = { intake: 'info', active: 'info', completed: 'success', stopped: 'warning', exempted: 'neutral' };

/** A trajectory's status as a badge. */
export function trajectoryStatusBadge(status) {
    return badge(t(`trajectoryStatus.${status}`), TRAJECTORY_TONES[status] ?? 'neutral');
}

const MATCH_TONES = { 'no-match': 'neutral', proposed: 'info', matched: 'success', 'needs-rematch': 'warning' };

/** The newcomer's place in the matching cycle as a badge. */
export function matchStatusBadge(status) {
    return badge(t(`matchStatus.${status}`), MATCH_TONES[status] ?? 'neutral');
}

/** A funding project's status as a badge. */
export function projectStatusBadge(status) {
    const tone = { selected: 'success', running: 'success', extended: 'info', 'not-selected': 'neutral', ended: 'neutral' }[status] ?? 'warning';
    return badge(t(`projectStatus.${status}`), tone);
}

/** Badges for what is special about an account: locked, inactive, must change password. */
export function userStatusBadges(user) {
    return html`<span class="badges">
        ${user.active ? nothing : badge(t('users.status.inactive'), 'neutral')}
        ${user.locked ? badge(t('users.status.locked'), 'warning') : nothing}
        ${user.mustChangePassword ? badge(t('users.status.mustChangePassword'), 'info') : nothing}
        ${user.active && !user.locked && !user.mustChangePassword ? badge(t('users.status.active'), 'success') : nothing}
    </span>`;
}

/** A request to take part: open (waits for a counsellor), taken in, declined. */
export function requestStatusBadge(status) {
    return badge(t(`requests.status.${status}`), status === 'open' ? 'warning' : status === 'taken-in' ? 'success' : 'neutral');
}
