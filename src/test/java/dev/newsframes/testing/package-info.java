/**
 * Shared test fixtures: the corpora locator, the Spark session, the sample warehouse (with a
 * stand-in for annotate), a beacon server and headless Chromium.
 */
package dev.newsframes.testing;
