/**
 * Value types every stage shares: date precision, trend periods, content hashes, precision and
 * recall, and strict UTF-8 decoding; and {@link dev.newsframes.common.Concurrently}, independent
 * tasks on daemon threads.
 */
package dev.newsframes.common;
