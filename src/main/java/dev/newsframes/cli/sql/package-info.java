/** The {@code sql} command's engines: embedded DuckDB and Spark SQL, both read-only. */
package dev.newsframes.cli.sql;
