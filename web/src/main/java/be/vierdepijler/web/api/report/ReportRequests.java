package be.vierdepijler.web.api.report;

import be.vierdepijler.core.report.application.ReportFilter;
import be.vierdepijler.web.api.QueryParameters;

/** The filters every report over a period reads: {@code network}, {@code from}, {@code to}, {@code published}. */
final class ReportRequests {

    /** What the OpenAPI summaries say of the filters. */
    static final String FILTERS = " Filters: network= (een netwerk binnen je bereik), from= en to= (2025-01-01;"
            + " standaard van 1 januari 2023 tot vandaag), published=true (kleine aantallen weggelaten; voor een viewer"
            + " altijd). Als JSON, CSV (format=csv, table= kiest de tabel) of Excel (format=xlsx).";

    private ReportRequests() {
    }

    static ReportFilter filter(QueryParameters parameters, String network, String from, String to, String published) {
        return new ReportFilter(QueryParameters.text(network), parameters.date("from", from),
                parameters.date("to", to), Boolean.TRUE.equals(parameters.bool("published", published)));
    }
}
