/** Value types every stage shares: date precision, trend periods, content hashes. */
package dev.newsframes.common;
