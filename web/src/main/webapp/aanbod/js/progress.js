/**
 * #/progress/<token> — the newcomer's own hours, from GET /public/progress/<token>: confirmed, waiting for
 * confirmation and still needed towards the target, as a bar and in words, then per activity. In the newcomer's
 * language when they did not choose another one on this phone. An expired, revoked or unknown link says so plainly.
 */
import { ApiError, get } from './api.js';
import { suggestLanguage } from './app.js';
import { h, icon, replace } from './dom.js';
import { chosenBefore, date, number, t } from './i18n.js';

function bar(progress) {
    const target = Math.max(Number(progress.targetHours) || 0, 1);
    const confirmed = Math.min(Number(progress.confirmedHours) || 0, target);
    const pending = Math.min(Number(progress.pendingHours) || 0, target - confirmed);
    const segment = (kind, hours) => {
        const part = h('span', { class: `bar__part bar__part--${kind}` });
        part.style.inlineSize = `${(100 * hours) / target}%`; // CSSOM, which the content security policy allows
        return part;
    };
    return h('div', { class: 'bar', 'aria-hidden': 'true', 'data-testid': 'progress-bar' },
        segment('confirmed', confirmed), segment('pending', pending));
}

function line(kind, iconName, text) {
    return h('li', { class: `tally tally--${kind}`, 'data-testid': `progress-${kind}` }, icon(iconName),
        h('span', {}, text));
}

function activity(a) {
    return h('li', { class: 'card', 'data-testid': 'progress-activity' },
        h('h3', { class: 'card__title', lang: 'nl', dir: 'ltr' }, a.title || ''),
        h('p', { class: 'card__kind', lang: 'nl', dir: 'ltr' },
            [a.typeLabel, a.categoryLabel].filter(Boolean).filter((v, i, all) => all.indexOf(v) === i).join(' · ')),
        h('ul', { class: 'tallies' },
            line('activity-confirmed', 'check', t('progress.activityConfirmed', { hours: number(a.confirmedHours) })),
            Number(a.pendingHours) > 0
                ? line('activity-pending', 'clock', t('progress.activityPending', { hours: number(a.pendingHours) }))
                : null,
            a.lastDay ? line('activity-last', 'calendar', t('progress.lastDay', { date: date(a.lastDay) })) : null));
}

function view(p) {
    const remaining = Number(p.remainingHours) || 0;
    const status = ['intake', 'active', 'completed', 'stopped', 'exempted'].includes(p.status) ? p.status : null;
    return [
        h('h1', {}, t('progress.title')),
        h('p', { class: 'lead', 'data-testid': 'progress-hello' }, t('progress.hello', { name: p.firstName || '' })),
        status ? h('p', { 'data-testid': 'progress-status', 'data-status': status }, t(`progress.status.${status}`))
            : null,
        h('section', { class: 'summary', 'aria-labelledby': 'hours-title' },
            h('h2', { id: 'hours-title' }, icon('flag'), t('progress.goal', { hours: number(p.targetHours) })),
            bar(p),
            h('ul', { class: 'tallies' },
                line('confirmed', 'check', t('progress.confirmed', { hours: number(p.confirmedHours) })),
                line('pending', 'clock', t('progress.pending', { hours: number(p.pendingHours) })),
                remaining > 0 ? line('remaining', 'flag', t('progress.remaining', { hours: number(remaining) }))
                    : line('done', 'check', t('progress.done'))),
            h('p', { class: 'hint' }, t('progress.pendingExplained'))),
        h('h2', {}, t('progress.activities')),
        p.activities?.length
            ? h('ul', { class: 'cards', 'data-testid': 'progress-activities' }, p.activities.map(activity))
            : h('p', { class: 'notice', 'data-testid': 'progress-no-activities' }, t('progress.noActivities')),
        h('p', { class: 'hint', 'data-testid': 'progress-expires' }, icon('info'),
            t('progress.validUntil', { date: date(p.expiresAt) })),
        h('p', {}, h('a', { href: '#/' }, t('progress.findMore'))),
    ];
}

function problem(kind) {
    return [h('h1', {}, t('progress.title')),
        h('div', { class: 'notice notice--error', role: 'alert', 'data-testid': `progress-${kind}` },
            h('p', {}, t(`progress.${kind}`)), h('p', {}, t('progress.askCounsellor')))];
}

export async function render(main, { param, isCurrent }) {
    replace(main, h('h1', {}, t('progress.title')), h('p', { class: 'muted' }, t('common.loading')));
    let progress;
    try {
        // Labels in the language chosen on this phone; else the server answers in the link's own language.
        progress = await get(`progress/${encodeURIComponent(param)}`, {}, chosenBefore());
    } catch (e) {
        if (!isCurrent()) {
            return;
        }
        if (e instanceof ApiError && e.status === 410) {
            replace(main, ...problem(e.problem.reason === 'revoked' ? 'revoked' : 'expired'));
        } else if (e instanceof ApiError && (e.status === 404 || e.status === 400)) {
            replace(main, ...problem('unknown'));
        } else {
            replace(main, h('h1', {}, t('progress.title')),
                h('div', { class: 'notice notice--error', role: 'alert', 'data-testid': 'progress-error' },
                    h('p', {}, t('common.error')),
                    h('button', { type: 'button', class: 'button', onclick: () => render(main, { param, isCurrent }) },
                        t('common.retry'))));
        }
        return;
    }
    if (!isCurrent()) {
        return;
    }
    await suggestLanguage(progress.language);
    replace(main, ...view(progress));
}
