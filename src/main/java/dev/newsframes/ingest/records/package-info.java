/** Structured inputs: JSON, JSON Lines, CSV and Parquet exports mapped onto article fields. */
package dev.newsframes.ingest.records;
