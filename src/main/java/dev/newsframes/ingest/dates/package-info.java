/** Date parsing and resolution: absolute dates in text, relative times against the crawl time. */
package dev.newsframes.ingest.dates;
