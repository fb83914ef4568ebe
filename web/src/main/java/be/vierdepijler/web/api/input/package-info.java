/**
 * What every request body must meet before it is bound: a known charset, a size, a nesting depth, numbers of a sane
 * magnitude, text without NUL or lone surrogates, and dates in a sane range; refused as a problem that names the field.
 */
package be.vierdepijler.web.api.input;
