/**
 * Renders any report the API answers (ReportDto: title, parameters, tables of typed columns, rows keyed by column,
 * an optional totals row): each table with its caption, a header of its columns, the first text column as row
 * headers, the totals row in <tfoot>, numbers the Belgian way. A count the API left out (null in a number column: a
 * small count suppressed in a public report) shows as a dash, and says so to screen readers. A wide table scrolls
 * inside its own region, which takes the keyboard's focus so that it can be scrolled without a mouse.
 */
import { html } from 'lit';
import { formatDate, formatNumber } from './format.js';
import { t } from './i18n.js';

const NUMERIC = ['integer', 'decimal', 'amount', 'percent'];

/** One cell's text, by the column's kind. */
export function formatCell(kind, value) {
    if (value === null || value === undefined) {
        return NUMERIC.includes(kind)
            ? html`<span aria-hidden="true">–</span><span class="visually-hidden">${t('reports.hidden')}</span>`
            : '';
    }
    switch (kind) {
    case 'integer': return formatNumber(value);
    case 'decimal': return formatNumber(value, 2);
    case 'amount': return `${formatNumber(value, 2)} €`;
    case 'percent': return formatNumber(value, 1);
    case 'date': return formatDate(value);
    case 'boolean': return value ? t('common.yes') : t('common.no');
    default: return String(value);
    }
}

function cells(table, row) {
    return table.columns.map((c, i) => {
        const cls = NUMERIC.includes(c.kind) ? 'num' : '';
        return i === 0 && c.kind === 'text'
            ? html`<th scope="row" class="${cls}">${formatCell(c.kind, row[c.key])}</th>`
            : html`<td class="${cls}" data-column="${c.key}">${formatCell(c.kind, row[c.key])}</td>`;
    });
}

/** One table of a report. */
export function reportTable(table) {
    return html`<section class="card card--flush report-table" data-table="${table.key}" aria-labelledby="report-table-${table.key}-title">
        <h2 class="card__title" id="report-table-${table.key}-title">${table.title}</h2>
        ${table.rows.length ? html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="report-table-${table.key}-title">
            <table class="table" data-testid="report-table-${table.key}">
                <caption class="visually-hidden">${table.title}</caption>
                <thead><tr>${table.columns.map((c) => html`<th scope="col" class="${NUMERIC.includes(c.kind) ? 'num' : ''}">${c.label}</th>`)}</tr></thead>
                <tbody>${table.rows.map((row) => html`<tr>${cells(table, row)}</tr>`)}</tbody>
                ${table.totals ? html`<tfoot><tr class="table__totals">${cells(table, table.totals)}</tr></tfoot>` : ''}
            </table>
        </div>` : html`<p class="empty">${t('reports.empty')}</p>`}
    </section>`;
}

/** A whole report: the filters it was made with, then its tables. */
export function reportView(report) {
    return html`<div class="report" data-testid="report-${report.key}">
        ${report.parameters.length ? html`<dl class="report__parameters" data-testid="report-parameters">
            ${report.parameters.map((p) => html`<div><dt>${p.name}</dt><dd>${p.value}</dd></div>`)}
        </dl>` : ''}
        ${report.tables.map((table) => reportTable(table))}
    </div>`;
}
