package dev.newsframes.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Table definitions of the warehouse for other SQL engines, generated from {@link Tables} so they
 * never drift from what the jobs write. The checked-in files under {@code notebooks-data/ddl/} are
 * its output; a test fails when they differ.
 *
 * <p>Every file takes the warehouse root as a variable: {@code ${warehouse}} for Spark SQL (set it
 * with {@code SET warehouse=...}) and Trino (replace it), {@code getvariable('warehouse')} for
 * DuckDB ({@code SET VARIABLE warehouse = '...'}).
 */
public final class TableDdl {
  private TableDdl() {}

  /** The whole DDL script of a dialect for {@code tables}. */
  public static String script(SqlDialect dialect, List<Table> tables) {
    StringBuilder out = new StringBuilder(header(dialect));
    for (Table t : tables) {
      out.append('\n').append(table(dialect, t));
    }
    return out.toString();
  }

  private static String header(SqlDialect dialect) {
    String generated =
        "-- newsframes warehouse tables for %s.\n"
            + "-- Generated from dev.newsframes.io.Tables by TableDdl: do not edit; regenerate with\n"
            + "--   mvn -q -o test -Dtest=TableDdlTest -Dnewsframes.update-ddl=true\n";
    return switch (dialect) {
      case SPARK ->
          String.format(Locale.ROOT, generated, "Spark SQL")
              + "-- Usage: spark-sql --hiveconf warehouse=/path/to/warehouse -f spark.sql\n"
              + "--   or, in any Spark SQL session: SET warehouse=s3a://bucket/warehouse; then the statements.\n"
              + "-- Partitioned tables need MSCK REPAIR TABLE again after a run adds partitions.\n\n"
              + "CREATE DATABASE IF NOT EXISTS newsframes;\n";
      case DUCKDB ->
          String.format(Locale.ROOT, generated, "DuckDB (1.1 or later)")
              + "-- Usage: edit the warehouse path below, then: duckdb newsframes.db < duckdb.sql\n"
              + "-- Views read the Parquet files at query time, so they always see the latest run.\n"
              + "-- For s3:// paths, INSTALL httpfs; LOAD httpfs; and configure a secret first.\n\n"
              + "SET VARIABLE warehouse = 'notebooks-data/warehouse';\n";
      case TRINO ->
          String.format(Locale.ROOT, generated, "Trino (Hive connector, catalog 'hive')")
              + "-- Usage: replace ${warehouse} with the warehouse root as Trino sees it (s3://..., hdfs://...),\n"
              + "--   e.g. sed 's#${warehouse}#s3://bucket/warehouse#' trino.sql | trino --file /dev/stdin\n"
              + "-- Partitioned tables need sync_partition_metadata again after a run adds partitions.\n\n"
              + "CREATE SCHEMA IF NOT EXISTS hive.newsframes;\n";
    };
  }

  /**
   * The DuckDB view of one table, reading the files under {@code getvariable('warehouse')}: what
   * {@code duckdb.sql} holds for it, and what {@code newsframes sql} creates.
   */
  public static String duckDbView(Table t) {
    return duckdb(t, column -> true);
  }

  /**
   * The DuckDB view of a table whose files were written before some of its declared columns existed
   * (an older warehouse): the columns {@code stored} rejects read as typed nulls, so an old
   * warehouse opens as it did before the upgrade instead of failing to bind.
   */
  public static String duckDbView(Table t, Predicate<String> stored) {
    return duckdb(t, stored);
  }

  /** The files a DuckDB view of {@code t} reads, as {@code read_parquet} arguments. */
  public static String duckDbFiles(Table t) {
    String files = t.partitionColumns().isEmpty() ? "/*.parquet" : "/**/*.parquet";
    StringBuilder s =
        new StringBuilder("getvariable('warehouse') || '/")
            .append(t.name())
            .append(files)
            .append("', union_by_name = true");
    if (!t.partitionColumns().isEmpty()) {
      String types =
          t.partitionColumns().stream()
              .map(c -> "'" + c + "': VARCHAR")
              .collect(Collectors.joining(", "));
      s.append(", hive_partitioning = true, hive_types = {").append(types).append("}");
    }
    return s.toString();
  }

  /**
   * A DuckDB view of a table that has no data file yet (Spark writes none for an empty partitioned
   * table): no rows, the declared columns and types.
   */
  public static String duckDbEmptyView(Table t) {
    String columns =
        Arrays.stream(t.schema().fields())
            .map(
                f ->
                    "CAST(NULL AS "
                        + type(f.dataType(), SqlDialect.DUCKDB)
                        + ") AS "
                        + quote(f.name(), SqlDialect.DUCKDB))
            .collect(Collectors.joining(", "));
    return "CREATE OR REPLACE VIEW " + t.name() + " AS SELECT " + columns + " WHERE false;\n";
  }

  /** The statements that mount one table. */
  static String table(SqlDialect dialect, Table t) {
    return switch (dialect) {
      case SPARK -> spark(t);
      case DUCKDB -> duckdb(t, column -> true);
      case TRINO -> trino(t);
    };
  }

  private static String spark(Table t) {
    StringBuilder s = new StringBuilder("CREATE TABLE IF NOT EXISTS newsframes.").append(t.name());
    s.append(" (\n").append(columns(t, SqlDialect.SPARK, " ")).append("\n) USING parquet\n");
    if (!t.partitionColumns().isEmpty()) {
      s.append("PARTITIONED BY (").append(String.join(", ", t.partitionColumns())).append(")\n");
    }
    s.append("LOCATION '${warehouse}/").append(t.name()).append("';\n");
    if (!t.partitionColumns().isEmpty()) {
      s.append("MSCK REPAIR TABLE newsframes.").append(t.name()).append(";\n");
    }
    return s.toString();
  }

  /**
   * A view selecting every column; partition values are read as text first because Spark writes a
   * null partition as {@code __HIVE_DEFAULT_PARTITION__}, which DuckDB cannot cast. Files are
   * matched by column name ({@code union_by_name}), so partitions written before a column was added
   * read it as null.
   */
  private static String duckdb(Table t, Predicate<String> stored) {
    StringBuilder s =
        new StringBuilder("CREATE OR REPLACE VIEW ").append(t.name()).append(" AS\nSELECT\n");
    List<String> lines = new ArrayList<>();
    for (StructField f : t.schema().fields()) {
      String name = quote(f.name(), SqlDialect.DUCKDB);
      String type = type(f.dataType(), SqlDialect.DUCKDB);
      String column;
      if (!stored.test(f.name())) {
        column = "CAST(NULL AS " + type + ") AS " + name;
      } else if (t.partitionColumns().contains(f.name())) {
        column =
            "CAST(NULLIF(" + name + ", '__HIVE_DEFAULT_PARTITION__') AS " + type + ") AS " + name;
      } else {
        column = name;
      }
      lines.add("  " + column + ", -- " + type);
    }
    s.append(String.join("\n", lines).replaceFirst(", -- ([^\n]*)$", "  -- $1"));
    s.append("\nFROM read_parquet(").append(duckDbFiles(t));
    return s.append(");\n").toString();
  }

  private static String trino(Table t) {
    List<String> names = Arrays.asList(t.schema().fieldNames());
    List<String> tail = names.subList(names.size() - t.partitionColumns().size(), names.size());
    if (!tail.equals(t.partitionColumns())) {
      throw new IllegalArgumentException(
          "Trino's Hive connector needs the partition columns of "
              + t.name()
              + " last, got "
              + names);
    }
    StringBuilder s =
        new StringBuilder("CREATE TABLE IF NOT EXISTS hive.newsframes.").append(t.name());
    s.append(" (\n").append(columns(t, SqlDialect.TRINO, " ")).append("\n)\nWITH (\n");
    s.append("  external_location = '${warehouse}/").append(t.name()).append("',\n");
    s.append("  format = 'PARQUET'");
    if (!t.partitionColumns().isEmpty()) {
      String cols =
          t.partitionColumns().stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "));
      s.append(",\n  partitioned_by = ARRAY[").append(cols).append("]");
    }
    s.append("\n);\n");
    if (!t.partitionColumns().isEmpty()) {
      s.append("CALL hive.system.sync_partition_metadata('newsframes', '")
          .append(t.name())
          .append("', 'FULL');\n");
    }
    return s.toString();
  }

  private static String columns(Table t, SqlDialect dialect, String separator) {
    return Arrays.stream(t.schema().fields())
        .map(f -> "  " + quote(f.name(), dialect) + separator + type(f.dataType(), dialect))
        .collect(Collectors.joining(",\n"));
  }

  /** A column name quoted for the dialect: some (begin, end, position) are keywords. */
  static String quote(String column, SqlDialect dialect) {
    return dialect == SqlDialect.SPARK ? "`" + column + "`" : "\"" + column + "\"";
  }

  /** The column type in a dialect's spelling. */
  public static String type(DataType type, SqlDialect dialect) {
    if (type instanceof ArrayType a) {
      String element = type(a.elementType(), dialect);
      return switch (dialect) {
        case SPARK -> "ARRAY<" + element + ">";
        case DUCKDB -> element + "[]";
        case TRINO -> "array(" + element + ")";
      };
    }
    if (type instanceof StructType s) {
      String fields =
          Arrays.stream(s.fields())
              .map(
                  f ->
                      f.name()
                          + (dialect == SqlDialect.SPARK ? ": " : " ")
                          + type(f.dataType(), dialect))
              .collect(Collectors.joining(", "));
      return switch (dialect) {
        case SPARK -> "STRUCT<" + fields + ">";
        case DUCKDB -> "STRUCT(" + fields + ")";
        case TRINO -> "row(" + fields + ")";
      };
    }
    String spark = atomic(type);
    String name =
        switch (dialect) {
          case SPARK -> spark;
          case DUCKDB ->
              spark.equals("STRING") ? "VARCHAR" : spark.equals("INT") ? "INTEGER" : spark;
          case TRINO ->
              switch (spark) {
                case "STRING" -> "varchar";
                case "INT" -> "integer";
                case "TIMESTAMP" -> "timestamp(3)";
                default -> spark.toLowerCase(Locale.ROOT);
              };
        };
    return name;
  }

  private static String atomic(DataType type) {
    if (type.equals(DataTypes.StringType)) {
      return "STRING";
    } else if (type.equals(DataTypes.IntegerType)) {
      return "INT";
    } else if (type.equals(DataTypes.LongType)) {
      return "BIGINT";
    } else if (type.equals(DataTypes.DoubleType)) {
      return "DOUBLE";
    } else if (type.equals(DataTypes.BooleanType)) {
      return "BOOLEAN";
    } else if (type.equals(DataTypes.DateType)) {
      return "DATE";
    } else if (type.equals(DataTypes.TimestampType)) {
      return "TIMESTAMP";
    }
    throw new IllegalArgumentException(
        "No DDL type for " + type.simpleString() + "; add it to TableDdl");
  }
}
