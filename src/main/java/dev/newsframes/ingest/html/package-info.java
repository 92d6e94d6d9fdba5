/** HTML pages: charset decoding, main-text extraction and metadata. */
package dev.newsframes.ingest.html;
