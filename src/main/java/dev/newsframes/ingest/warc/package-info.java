/** WARC and CC-NEWS archives: response records with HTML become articles. */
package dev.newsframes.ingest.warc;
