/** Parsers for plain-text page dumps: labelled news-site templates and single-line dumps. */
package dev.newsframes.ingest.dump;
