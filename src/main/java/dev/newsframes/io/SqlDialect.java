package dev.newsframes.io;

import java.util.Locale;

/** The SQL engines {@link TableDdl} writes table definitions for. */
public enum SqlDialect {
  /** Spark SQL: external Parquet tables in a {@code newsframes} database. */
  SPARK,
  /** DuckDB: views over {@code read_parquet} of each table's files. */
  DUCKDB,
  /** Trino with the Hive connector: external Parquet tables in {@code hive.newsframes}. */
  TRINO;

  /** The file name of the dialect's DDL, e.g. {@code duckdb.sql}. */
  public String fileName() {
    return name().toLowerCase(Locale.ROOT) + ".sql";
  }
}
