/** Parses plain-text page dumps with menus, bylines and footers, plus their manifest CSV. */
package dev.newsframes.ingest.dump;
