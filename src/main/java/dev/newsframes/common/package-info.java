/**
 * Value types every stage shares: date precision, trend periods, content hashes, precision and
 * recall, and strict UTF-8 decoding.
 */
package dev.newsframes.common;
