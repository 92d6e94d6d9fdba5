/** Shared test fixtures: the corpora locator and the Spark session. */
package dev.newsframes.testing;
