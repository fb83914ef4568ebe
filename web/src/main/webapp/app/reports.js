/**
 * The registry of reports on the reports page (#/reports): each line names a report of the API (every one answers a
 * ReportDto as JSON, and CSV / XLSX with format=), its title and question in i18n, and the filters it takes:
 * 'network' (the networks the user may choose), 'period' (from / to), 'call' (a funding call, required by the report),
 * 'year' (a budget year); `roles`, when given, are the roles that may read it (the API decides; this only hides what
 * would answer 403). To add a report: one line here, its two texts in i18n/nl.json and en.json.
 */
const FUNDING = ['administrator', 'network-coordinator', 'viewer'];

export const REPORTS = [
    { key: 'completions', path: 'reports/completions', filters: ['network', 'period'] },
    { key: 'hours-by-category', path: 'reports/hours-by-category', filters: ['network', 'period'] },
    { key: 'trends', path: 'reports/trends', filters: ['network'] },
    { key: 'buddies', path: 'reports/buddies', filters: ['network'] },
    { key: 'call-projects', path: 'reports/funding/call-projects', filters: ['call'], roles: FUNDING },
    { key: 'extensions', path: 'reports/funding/extensions', filters: ['call'], roles: FUNDING },
    { key: 'network-funding', path: 'reports/funding/networks', filters: ['network', 'period'], roles: FUNDING },
    { key: 'commitments', path: 'reports/funding/commitments', filters: ['call', 'year'], roles: FUNDING },
];

/** The reports this role may read. */
export function reportsFor(role) {
    return REPORTS.filter((r) => !r.roles || r.roles.includes(role));
}

/** The report with this key, or undefined. */
export function reportByKey(key) {
    return REPORTS.find((r) => r.key === key);
}

/**
 * The address of a download of the report with these filters: format 'csv' (one table: `table` names which) or
 * 'xlsx' (all tables). Empty filters are left out.
 */
export function downloadUrl(report, query, format, table) {
    const params = new URLSearchParams();
    Object.entries({ ...query, format, table }).forEach(([name, value]) => {
        if (value !== undefined && value !== null && value !== '') {
            params.set(name, value);
        }
    });
    return `api/v1/${report.path}?${params}`;
}
