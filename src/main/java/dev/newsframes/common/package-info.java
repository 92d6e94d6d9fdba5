/**
 * Value types every stage shares: date precision, trend periods, content hashes, precision and
 * recall, strict UTF-8 decoding, counts in the singular or plural ({@link
 * dev.newsframes.common.Plural}) and text clipped with an ellipsis ({@link
 * dev.newsframes.common.Clip}); and {@link dev.newsframes.common.Concurrently}, independent tasks
 * on daemon threads.
 */
package dev.newsframes.common;
