/** Main-text and metadata extraction from raw news HTML, and the extraction benchmark metric. */
package dev.newsframes.ingest.html;
