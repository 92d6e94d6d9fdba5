/**
 * The ingest model: articles, rejects, dates and the page context they come from; imports nothing
 * else of ingest.
 */
package dev.newsframes.ingest.model;
