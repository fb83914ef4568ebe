/**
 * The registry of pages: the router and the navigation read this list and nothing else.
 *
 * To add a page: write app/pages/<name>.js defining a custom element that extends Page (see page.js; a server-paged
 * list extends ListPage of list-page.js and renders ui.js's resultsBar, sortHeader and pager), add its line
 * here, and its texts to both i18n/nl.json and i18n/en.json. A page with `nav` appears in the navigation, in this
 * order; a page with `section` lights up that navigation entry (a detail page under its list). Every page needs a
 * signed-in user except one marked `public` (the shell sends everybody else to the sign-in page first). A page with
 * `roles` appears in the navigation only for those roles (the API refuses the others anyway: this only spares them a
 * page they cannot use).
 */
export const pages = [
    { path: '/sign-in', tag: 'vp-sign-in-page', load: () => import('./pages/sign-in.js'), public: true },
    { path: '/dashboard', tag: 'vp-dashboard-page', load: () => import('./pages/dashboard.js'), nav: 'nav.dashboard' },
    { path: '/reports/supply-demand', tag: 'vp-supply-demand-page', load: () => import('./pages/supply-demand.js'), nav: 'nav.supplyDemand', roles: ['administrator', 'network-coordinator', 'counsellor', 'local-officer', 'viewer'] },
    { path: '/funding/allocations', tag: 'vp-allocations-page', load: () => import('./pages/allocations.js'), nav: 'nav.allocations', roles: ['administrator', 'network-coordinator', 'viewer'] },
    { path: '/funding/allocations/:id', tag: 'vp-allocation-page', load: () => import('./pages/allocation.js'), section: '/funding/allocations' },
    { path: '/reports', tag: 'vp-reports-page', load: () => import('./pages/reports.js'), nav: 'nav.reports', roles: ['administrator', 'network-coordinator', 'counsellor', 'local-officer', 'viewer'] },
    { path: '/worklist', tag: 'vp-worklist-page', load: () => import('./pages/worklist.js'), nav: 'nav.worklist', roles: ['administrator', 'network-coordinator', 'counsellor'] },
    { path: '/requests', tag: 'vp-requests-page', load: () => import('./pages/requests.js'), nav: 'nav.requests', roles: ['administrator', 'network-coordinator', 'counsellor'] },
    { path: '/requests/:id', tag: 'vp-request-page', load: () => import('./pages/request.js'), section: '/requests' },
    { path: '/newcomers', tag: 'vp-newcomers-page', load: () => import('./pages/newcomers.js'), nav: 'nav.newcomers', roles: ['administrator', 'network-coordinator', 'counsellor', 'local-officer'] },
    { path: '/newcomers/:id', tag: 'vp-newcomer-page', load: () => import('./pages/newcomer.js'), section: '/newcomers' },
    { path: '/trajectories', tag: 'vp-trajectories-page', load: () => import('./pages/trajectories.js'), nav: 'nav.trajectories', roles: ['administrator', 'network-coordinator', 'counsellor', 'local-officer', 'organisation-contact'] },
    { path: '/trajectories/:id', tag: 'vp-trajectory-page', load: () => import('./pages/trajectory.js'), section: '/trajectories' },
    { path: '/confirm/:token', tag: 'vp-confirm-page', load: () => import('./pages/confirm.js'), public: true },
    { path: '/networks', tag: 'vp-networks-page', load: () => import('./pages/networks.js'), nav: 'nav.networks' },
    { path: '/municipalities', tag: 'vp-municipalities-page', load: () => import('./pages/municipalities.js'), nav: 'nav.municipalities' },
    { path: '/municipalities/:nis', tag: 'vp-municipality-page', load: () => import('./pages/municipality.js'), section: '/municipalities' },
    { path: '/offers', tag: 'vp-offers-page', load: () => import('./pages/offers.js'), nav: 'nav.offers' },
    { path: '/offers/:id', tag: 'vp-offer-page', load: () => import('./pages/offer.js'), section: '/offers' },
    { path: '/buddies', tag: 'vp-buddies-page', load: () => import('./pages/buddies.js'), nav: 'nav.buddies', roles: ['administrator', 'network-coordinator', 'counsellor', 'local-officer'] },
    { path: '/buddies/:id', tag: 'vp-buddy-page', load: () => import('./pages/buddy.js'), section: '/buddies' },
    { path: '/buddy-registration', tag: 'vp-buddy-registration-page', load: () => import('./pages/buddy-registration.js'), public: true },
    { path: '/matching', tag: 'vp-matching-page', load: () => import('./pages/matching.js'), nav: 'nav.matching', roles: ['administrator', 'network-coordinator', 'counsellor'] },
    { path: '/matching/newcomers/:id', tag: 'vp-matching-newcomer-page', load: () => import('./pages/matching-newcomer.js'), section: '/matching' },
    { path: '/funding/projects', tag: 'vp-funding-projects-page', load: () => import('./pages/funding-projects.js'), nav: 'nav.funding', roles: ['administrator', 'network-coordinator', 'viewer'] },
    { path: '/funding/projects/:id', tag: 'vp-funding-project-page', load: () => import('./pages/funding-project.js'), section: '/funding/projects' },
    { path: '/funding/calls', tag: 'vp-funding-calls-page', load: () => import('./pages/funding-calls.js'), section: '/funding/projects' },
    { path: '/funding/calls/:id', tag: 'vp-funding-call-page', load: () => import('./pages/funding-call.js'), section: '/funding/projects' },
    { path: '/organisations', tag: 'vp-organisations-page', load: () => import('./pages/organisations.js'), nav: 'nav.organisations' },
    { path: '/organisations/:id', tag: 'vp-organisation-page', load: () => import('./pages/organisation.js'), section: '/organisations' },
    { path: '/trajectory-types', tag: 'vp-trajectory-types-page', load: () => import('./pages/trajectory-types.js'), nav: 'nav.trajectoryTypes' },
    { path: '/trajectory-types/:id', tag: 'vp-trajectory-type-page', load: () => import('./pages/trajectory-type.js'), section: '/trajectory-types' },
    { path: '/users', tag: 'vp-users-page', load: () => import('./pages/users.js'), nav: 'nav.users', roles: ['administrator', 'network-coordinator'] },
    { path: '/users/new', tag: 'vp-new-user-page', load: () => import('./pages/new-user.js'), section: '/users' },
    { path: '/pending-sign-ins', tag: 'vp-pending-sign-ins-page', load: () => import('./pages/pending-sign-ins.js'), section: '/users' },
    { path: '/pending-sign-ins/:id', tag: 'vp-pending-sign-in-page', load: () => import('./pages/pending-sign-in.js'), section: '/users' },
    { path: '/users/:id', tag: 'vp-user-page', load: () => import('./pages/user.js'), section: '/users' },
    { path: '/audit', tag: 'vp-audit-page', load: () => import('./pages/audit.js'), nav: 'nav.audit', roles: ['administrator'] },
    { path: '/mails', tag: 'vp-mails-page', load: () => import('./pages/mails.js'), nav: 'nav.mails', roles: ['administrator'] },
    { path: '/imports', tag: 'vp-imports-page', load: () => import('./pages/imports.js'), nav: 'nav.imports', roles: ['administrator', 'network-coordinator', 'local-officer', 'organisation-contact'] },
    { path: '/password', tag: 'vp-password-page', load: () => import('./pages/password.js') },
];

/** Where '#/' (and the bare address) leads unless the role has a home of its own. */
export const HOME = '/dashboard';

/** The roles whose day starts elsewhere: a counsellor starts on their worklist. */
const HOMES = { counsellor: '/worklist' };

/** Where '#/', the brand and signing in lead for this role (null: not signed in). */
export function homeFor(role) {
    return HOMES[role] ?? HOME;
}

/** Shown for an address that matches no page. */
export const NOT_FOUND = { path: '*', tag: 'vp-not-found-page', load: () => import('./pages/not-found.js') };
