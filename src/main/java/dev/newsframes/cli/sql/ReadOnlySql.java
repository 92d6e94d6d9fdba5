package dev.newsframes.cli.sql;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The first check of every statement the {@code sql} command runs: it must be a query (start with a
 * query keyword) and name no keyword of a statement that writes or changes settings, wherever it
 * stands, so {@code WITH ... INSERT} is refused too. Words in quotes and comments do not count
 * ({@link SqlWords}); a column that happens to be called {@code set} can be quoted.
 *
 * <p>A lexical check cannot know every dialect; each engine then asks its own parser ({@link
 * DuckDbEngine#check}, {@link SparkSqlEngine#check}), and DuckDB cannot open files outside the
 * warehouse.
 */
public final class ReadOnlySql {
  /** Words a read-only statement may start with. */
  public static final List<String> QUERY_STARTS =
      List.of("SELECT", "WITH", "VALUES", "FROM", "TABLE", "DESCRIBE", "DESC", "SHOW", "SUMMARIZE");

  /** Statements (and Spark functions) that write files, tables or settings, or run Java code. */
  static final Set<String> WRITING =
      Set.of(
          "INSERT",
          "UPDATE",
          "DELETE",
          "MERGE",
          "UPSERT",
          "COPY",
          "CREATE",
          "DROP",
          "ALTER",
          "TRUNCATE",
          "ATTACH",
          "DETACH",
          "EXPORT",
          "IMPORT",
          "INSTALL",
          "LOAD",
          "SET",
          "RESET",
          "PRAGMA",
          "CALL",
          "OVERWRITE",
          "DIRECTORY",
          "VACUUM",
          "CHECKPOINT",
          "GRANT",
          "REVOKE",
          "USE",
          "MSCK",
          "CACHE",
          "UNCACHE",
          "REFRESH",
          "ADD",
          "COMMENT",
          "ANALYZE",
          "EXECUTE",
          "PREPARE",
          "DEALLOCATE",
          "BEGIN",
          "COMMIT",
          "ROLLBACK",
          "REFLECT",
          "JAVA_METHOD",
          "TRY_REFLECT",
          "OUTFILE");

  private ReadOnlySql() {}

  /** The message refusing a statement, or empty when it may run. */
  public static Optional<String> refusal(String statement) {
    List<String> words = SqlWords.of(statement);
    if (words.isEmpty()) {
      return Optional.of(message("not a query"));
    }
    if (!QUERY_STARTS.contains(words.get(0))) {
      return Optional.of(
          message(
              words.get(0)
                  + " is not a query; statements start with "
                  + String.join(", ", QUERY_STARTS)));
    }
    return words.stream()
        .filter(WRITING::contains)
        .findFirst()
        .map(w -> message(w + " can write or change settings (quote it if it is a name)"));
  }

  /** "Refused: ..." with the reason. */
  static String message(String why) {
    return "Refused: the sql command only reads the warehouse; " + why + ".";
  }
}
