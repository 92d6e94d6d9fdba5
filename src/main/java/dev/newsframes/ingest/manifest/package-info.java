/**
 * Sidecar manifests: per-file url, title, date and crawl time, and the problems found reading them.
 */
package dev.newsframes.ingest.manifest;
