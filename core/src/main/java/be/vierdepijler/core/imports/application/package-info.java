/**
 * The one import path: {@link be.vierdepijler.core.imports.application.Imports} reads a file, starts a run and hands it
 * to {@link be.vierdepijler.core.imports.application.ImportRunner}, which checks every row, applies them in one
 * transaction and keeps the run's progress and outcome through
 * {@link be.vierdepijler.core.imports.application.ImportRunRecords} in transactions of their own.
 */
package be.vierdepijler.core.imports.application;
