/**
 * Turns raw inputs (page dumps, HTML, WARC, JSON Lines, CSV, Parquet) into articles and rejects,
 * and finds exact and near-duplicate copies.
 */
package dev.newsframes.ingest;
