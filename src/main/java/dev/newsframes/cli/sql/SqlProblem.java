package dev.newsframes.cli.sql;

import java.util.List;

/**
 * A statement the {@code sql} command did not run to the end, with the message to show: the
 * engine's own words without a query plan, and the tables that exist.
 */
public final class SqlProblem extends Exception {
  private static final long serialVersionUID = 1L;

  /** What went wrong; the command turns it into an exit code. */
  public enum Kind {
    /** The statement could write, or is not a query: refused before it ran. */
    REFUSED,
    /** The statement does not parse or names something that does not exist. */
    INVALID,
    /** The statement was valid but failed while it ran. */
    FAILED
  }

  private final Kind kind;

  public SqlProblem(Kind kind, String message, List<String> tables) {
    super(message + tablesLine(tables));
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  private static String tablesLine(List<String> tables) {
    return tables.isEmpty()
        ? "\n(no tables in the warehouse)"
        : "\ntables: " + String.join(", ", tables);
  }
}
