/** Turns raw inputs (page dumps, HTML, WARC, JSON, CSV) into articles and rejects. */
package dev.newsframes.ingest;
