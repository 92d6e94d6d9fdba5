package dev.newsframes.cli.sql;

import java.util.List;

/**
 * A read-only SQL engine over one warehouse, every table a view of the same name. Implementations
 * refuse any statement that could write ({@link ReadOnlySql}, then their own parser).
 */
public interface SqlEngine extends AutoCloseable {
  /** The engine and its version, e.g. {@code DuckDB v1.4.4}. */
  String name();

  /** The views, one per table present in the warehouse, in {@code io.Tables} order. */
  List<String> tables();

  /**
   * Runs one statement and returns at most {@code maxRows} rows.
   *
   * @throws SqlProblem when the statement is refused, invalid or fails
   */
  ResultTable query(String statement, int maxRows) throws SqlProblem;

  @Override
  void close();
}
