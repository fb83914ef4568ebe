/**
 * Reports and lists as JSON, CSV and XLSX from one {@link be.vierdepijler.core.shared.table.Report}:
 * {@link be.vierdepijler.web.api.table.Reports#answer} picks the form a request asks for
 * ({@link be.vierdepijler.web.api.table.DownloadFormat}), {@link be.vierdepijler.web.api.table.ReportDto} is the JSON,
 * {@link be.vierdepijler.web.api.table.TableFiles} writes the files with Commons CSV and Apache POI.
 */
package be.vierdepijler.web.api.table;
