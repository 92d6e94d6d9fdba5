package dev.newsframes.cli.sql;

import dev.newsframes.io.Table;
import dev.newsframes.io.TableDdl;
import dev.newsframes.io.Tables;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Embedded DuckDB over a local warehouse: an in-memory database with one view per table (the views
 * of {@code notebooks-data/ddl/duckdb.sql}), reading the Parquet files the jobs wrote, Hive
 * partitions included. No Spark, so a query answers in about a second.
 *
 * <p>Read-only three times over: {@link ReadOnlySql}; DuckDB's own parser must see exactly one
 * SELECT statement ({@code json_serialize_sql} serialises nothing else, so COPY, INSERT, ATTACH,
 * SET and PRAGMA are refused); and DuckDB cannot open files outside the warehouse ({@code
 * enable_external_access = false} with the warehouse as the one allowed directory, configuration
 * locked), so {@code read_csv('/etc/passwd')} fails too.
 */
public final class DuckDbEngine implements SqlEngine {
  /** The JDBC driver; absent from the cluster job jar (it is 80 MB), which then uses Spark. */
  public static final String DRIVER = "org.duckdb.DuckDBDriver";

  private final Connection db;
  private final List<String> tables;
  private final String version;

  private DuckDbEngine(Connection db, List<String> tables, String version) {
    this.db = db;
    this.tables = List.copyOf(tables);
    this.version = version;
  }

  /** Whether the DuckDB driver is on the classpath. */
  public static boolean available() {
    try {
      Class.forName(DRIVER);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /**
   * Opens DuckDB with a view per table present under {@code root}: the stages' tables and {@code
   * frame_validation}.
   *
   * @throws SqlProblem (invalid) when {@code root} holds no stage table
   */
  public static DuckDbEngine open(Path root) throws SqlProblem {
    Path dir = root.toAbsolutePath().normalize();
    // the stages' tables, then evaluate frames' (as Warehouse.registerViews gives Spark SQL)
    List<Table> present =
        Stream.concat(Tables.ALL.stream(), Tables.EVALUATE_OUTPUTS.stream())
            .filter(t -> Files.isDirectory(dir.resolve(t.name())))
            .toList();
    if (present.stream().noneMatch(Tables.ALL::contains)) {
      throw new SqlProblem(
          SqlProblem.Kind.INVALID,
          "No warehouse at "
              + dir
              + ": no table there. Run 'newsframes run' (or ingest) first, or pass --warehouse.",
          List.of());
    }
    try {
      Connection db = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = db.createStatement()) {
        s.execute("SET VARIABLE warehouse = " + literal(dir.toString()));
        List<String> names = new ArrayList<>();
        for (Table t : present) {
          if (hasData(dir.resolve(t.name()))) {
            view(db, t);
          } else {
            s.execute(TableDdl.duckDbEmptyView(t));
          }
          names.add(t.name());
        }
        s.execute("SET allowed_directories = [" + literal(dir + "/") + "]");
        s.execute("SET enable_external_access = false");
        s.execute("SET lock_configuration = true");
        return new DuckDbEngine(db, names, "DuckDB " + scalar(s, "SELECT version()"));
      }
    } catch (SQLException e) {
      throw new SqlProblem(
          SqlProblem.Kind.FAILED,
          "Cannot open the warehouse in DuckDB: " + firstLines(e),
          List.of());
    }
  }

  @Override
  public String name() {
    return version;
  }

  @Override
  public List<String> tables() {
    return tables;
  }

  @Override
  public ResultTable query(String statement, int maxRows) throws SqlProblem {
    check(statement);
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(statement)) {
      int n = rs.getMetaData().getColumnCount();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        columns.add(rs.getMetaData().getColumnLabel(i));
      }
      List<List<String>> rows = new ArrayList<>();
      boolean more = false;
      while (rs.next()) {
        if (rows.size() == maxRows) {
          more = true;
          break;
        }
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(CellText.of(rs.getObject(i)));
        }
        rows.add(row);
      }
      return new ResultTable(columns, rows, more);
    } catch (SQLException e) {
      throw new SqlProblem(kind(e), firstLines(e), tables);
    }
  }

  /**
   * Refuses a statement unless DuckDB's parser reads it as exactly one SELECT (DESCRIBE, SHOW,
   * SUMMARIZE, FROM-first and VALUES are SELECTs to it).
   */
  void check(String statement) throws SqlProblem {
    Optional<String> refused = ReadOnlySql.refusal(statement);
    if (refused.isPresent()) {
      throw new SqlProblem(SqlProblem.Kind.REFUSED, refused.get(), tables);
    }
    // json_serialize_sql takes a constant only; a doubled quote is the only escape in DuckDB
    String sql =
        "SELECT json_extract(j, '$.error')::BOOLEAN, json_extract_string(j, '$.error_message'),"
            + " json_array_length(json_extract(j, '$.statements')) FROM (SELECT"
            + " json_serialize_sql("
            + literal(statement)
            + ") AS j)";
    try (Statement s = db.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      String error = rs.getString(2);
      if (rs.getBoolean(1) && error != null && error.startsWith("Only SELECT")) {
        throw new SqlProblem(
            SqlProblem.Kind.REFUSED,
            ReadOnlySql.message("DuckDB reads it as a statement that is not a query"),
            tables);
      } else if (rs.getBoolean(1)) {
        throw new SqlProblem(SqlProblem.Kind.INVALID, "Parser Error: " + error, tables);
      } else if (rs.getLong(3) != 1) {
        throw new SqlProblem(
            SqlProblem.Kind.REFUSED, ReadOnlySql.message("one statement at a time"), tables);
      }
    } catch (SQLException e) {
      throw new SqlProblem(SqlProblem.Kind.FAILED, firstLines(e), tables);
    }
  }

  /** Parser, catalog and binder errors are the statement's fault; the rest happened running it. */
  private static SqlProblem.Kind kind(SQLException e) {
    String m = String.valueOf(e.getMessage());
    for (String prefix : List.of("Parser Error", "Catalog Error", "Binder Error")) {
      if (m.startsWith(prefix)) {
        return SqlProblem.Kind.INVALID;
      }
    }
    return m.startsWith("Permission Error") ? SqlProblem.Kind.REFUSED : SqlProblem.Kind.FAILED;
  }

  /** DuckDB's message up to the caret line under the query, without the blank lines between. */
  private static String firstLines(SQLException e) {
    return String.valueOf(e.getMessage()).strip().replaceAll("\n\\s*\n", "\n");
  }

  /**
   * The view of a table with data. Binding it reads every file's schema, so the files' own columns
   * are listed (a second read) only when a declared column is in none of them: a warehouse written
   * before the column was added, whose view then reads it as null.
   */
  private static void view(Connection db, Table t) throws SQLException {
    // a statement that fails is closed by the driver: one per attempt
    try (Statement s = db.createStatement()) {
      s.execute(TableDdl.duckDbView(t));
      return;
    } catch (SQLException e) {
      if (!String.valueOf(e.getMessage()).startsWith("Binder Error")) {
        throw e;
      }
    }
    try (Statement s = db.createStatement()) {
      s.execute(TableDdl.duckDbView(t, storedColumns(s, t)::contains));
    }
  }

  /** The columns the table's files hold. */
  private static Set<String> storedColumns(Statement s, Table t) throws SQLException {
    Set<String> columns = new HashSet<>();
    try (ResultSet rs =
        s.executeQuery(
            "SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet("
                + TableDdl.duckDbFiles(t)
                + "))")) {
      while (rs.next()) {
        columns.add(rs.getString(1));
      }
    }
    return columns;
  }

  private static boolean hasData(Path tableDir) {
    try (Stream<Path> files = Files.walk(tableDir)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + tableDir, e);
    }
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private static String scalar(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      // closing an in-memory database loses nothing
    }
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%s over %d tables", version, tables.size());
  }
}
