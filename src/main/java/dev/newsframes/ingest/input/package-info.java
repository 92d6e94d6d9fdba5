/** Reading input files safely: size limits, gzip, binary and encoding checks, format detection. */
package dev.newsframes.ingest.input;
