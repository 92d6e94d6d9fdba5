package dev.newsframes.io;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The warehouse root (a local path, {@code hdfs://} or {@code s3a://}) and its Parquet tables.
 *
 * <p>Writes select the table's columns in schema order, so a table's layout never depends on how a
 * job happened to build its rows.
 */
public final class Warehouse {
  private final SparkSession spark;
  private final String root;

  public Warehouse(SparkSession spark, String root) {
    this.spark = spark;
    this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
  }

  public String root() {
    return root;
  }

  /** The directory of a table. */
  public String path(Table table) {
    return root + "/" + table.name();
  }

  /** Whether the table has been written. */
  public boolean exists(Table table) {
    Path p = new Path(path(table));
    try {
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(new Path(p, "_SUCCESS")) || fs.exists(p) && fs.listStatus(p).length > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot check table " + table.name() + " at " + p, e);
    }
  }

  /**
   * Registers every table present in the warehouse as a temporary view of the same name, so SQL can
   * refer to {@code articles}, {@code sentences}, ...; returns the names registered.
   */
  public List<String> registerViews() {
    List<String> names = new ArrayList<>();
    for (Table t : Tables.ALL) {
      if (exists(t)) {
        read(t).createOrReplaceTempView(t.name());
        names.add(t.name());
      }
    }
    return names;
  }

  /** Reads a table with its declared schema; fails with the path when it is missing. */
  public Dataset<Row> read(Table table) {
    if (!exists(table)) {
      throw new MissingTableException(table, path(table));
    }
    return spark.read().schema(table.schema()).parquet(path(table));
  }

  /** Replaces the whole table with {@code rows}. */
  public void replace(Table table, Dataset<Row> rows) {
    filePerPartition(table, rows.select(columns(table)))
        .write()
        .mode(SaveMode.Overwrite)
        .option("partitionOverwriteMode", "static")
        .partitionBy(table.partitionColumns().toArray(String[]::new))
        .parquet(path(table));
  }

  /**
   * Replaces a table of aggregates with one file, easy to read by hand and by other engines; {@code
   * repartition(1)} rather than {@code coalesce(1)}, which would pull the last computing stage into
   * a single task too.
   */
  public void replaceAsOneFile(Table table, Dataset<Row> rows) {
    replace(table, rows.repartition(1));
  }

  /**
   * Replaces a per-sentence or per-article table with rows sorted globally, so each file holds a
   * range of the first sort column and readers skip row groups by its statistics; Hive partitions
   * by day wrote thousands of files of a few rows each (1,200 days of the ai-tech pages: 2,096
   * files).
   */
  public void replaceSorted(Table table, Dataset<Row> rows, String... sortColumns) {
    replace(
        table, rows.orderBy(Arrays.stream(sortColumns).map(c -> col(c)).toArray(Column[]::new)));
  }

  /**
   * Replaces a table, or for a window only the window's partitions: its days in a table partitioned
   * by {@code published_date}, its batch in one partitioned by {@code ingest_batch}. Rows outside
   * the window must have been filtered out by the caller.
   */
  public void replace(Table table, Optional<DateWindow> window, Dataset<Row> rows) {
    if (window.isEmpty()) {
      replace(table, rows);
    } else if (table.partitionColumns().contains(Tables.PUBLISHED_DATE)) {
      List<String> dates = window.get().dates().stream().map(LocalDate::toString).toList();
      replacePartitions(table, Tables.PUBLISHED_DATE, dates, rows);
    } else {
      replacePartitions(table, Tables.INGEST_BATCH, List.of(window.get().label()), rows);
    }
  }

  /**
   * Replaces the rows of some keys (e.g. the articles annotated again): rows whose {@code
   * keyColumn} is among {@code keys} are dropped and {@code fresh} added. Only the listed
   * partitions are rewritten (staged, then swapped, see {@link #rewrite}); they must hold every old
   * row of those keys and every fresh row.
   *
   * @param partitions partition values to rewrite ({@link #NULL_PARTITION} for nulls); ignored for
   *     an unpartitioned table, which is rewritten whole
   */
  public void replaceRows(
      Table table,
      String keyColumn,
      Dataset<Row> keys,
      List<String> partitions,
      Dataset<Row> fresh) {
    Dataset<Row> old = read(table);
    if (!table.partitionColumns().isEmpty()) {
      Column column = col(table.partitionColumns().get(0));
      Column in = column.cast("string").isin(partitions.toArray());
      old = old.filter(partitions.contains(NULL_PARTITION) ? in.or(column.isNull()) : in);
    }
    Dataset<Row> k = keys.select(keyColumn).distinct();
    Dataset<Row> kept = old.join(k, old.col(keyColumn).equalTo(k.col(keyColumn)), "left_anti");
    rewrite(table, partitions, kept.unionByName(fresh.select(columns(table))));
  }

  /**
   * Replaces the partitions {@code column=value} of a table with {@code rows}, which must all lie
   * in them: those partition directories are deleted, then the rows appended. Partitions named but
   * absent from {@code rows} end up empty, so a re-run never leaves stale rows behind.
   */
  public void replacePartitions(
      Table table, String column, List<String> values, Dataset<Row> rows) {
    if (!table.partitionColumns().equals(List.of(column))) {
      throw new IllegalArgumentException(table.name() + " is not partitioned by " + column);
    }
    Path dir = new Path(path(table));
    try {
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (String v : values) {
        fs.delete(new Path(dir, column + "=" + v), true);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot replace partitions of " + table.name() + " at " + dir, e);
    }
    filePerPartition(table, rows.select(columns(table)))
        .write()
        .mode(SaveMode.Append)
        .partitionBy(column)
        .parquet(path(table));
  }

  /** The directory name Spark gives a null partition value. */
  public static final String NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__";

  /**
   * Rewrites some partitions of a table from rows that may have been computed from those very
   * partitions: the rows are written to a staging directory first, then each named partition is
   * swapped for its staged version (or removed when no row falls in it). Other partitions are not
   * touched. For an unpartitioned table, pass no values: the whole table is swapped.
   *
   * @param values partition values to replace, {@link #NULL_PARTITION} for nulls
   */
  public void rewrite(Table table, List<String> values, Dataset<Row> rows) {
    Path dir = new Path(path(table));
    Path staging = new Path(root + "/_staging/" + table.name() + "-" + UUID.randomUUID());
    filePerPartition(table, rows.select(columns(table)))
        .write()
        .mode(SaveMode.Overwrite)
        .partitionBy(table.partitionColumns().toArray(String[]::new))
        .parquet(staging.toString());
    try {
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (table.partitionColumns().isEmpty()) {
        fs.delete(dir, true);
        fs.mkdirs(dir.getParent());
        rename(fs, staging, dir);
        return;
      }
      fs.mkdirs(dir);
      String column = table.partitionColumns().get(0);
      for (String v : values) {
        Path target = new Path(dir, column + "=" + v);
        fs.delete(target, true);
        Path staged = new Path(staging, column + "=" + v);
        if (fs.exists(staged)) {
          rename(fs, staged, target);
        }
      }
      fs.delete(staging, true);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot swap staged partitions of " + table.name() + " into " + dir, e);
    }
  }

  private static void rename(FileSystem fs, Path from, Path to) throws IOException {
    if (!fs.rename(from, to)) {
      throw new IOException("rename " + from + " -> " + to + " failed");
    }
  }

  /**
   * Rows of a partitioned table gathered so each partition value is written by one task, as one
   * file: written as computed, every task wrote its own file into every day it held rows for
   * (ingest of the ai-tech pages: 1,873 files of a median 11.8 KB in 1,221 day folders). Day
   * folders stay, because windowed re-runs replace whole days; a day is small enough for one task.
   */
  private static Dataset<Row> filePerPartition(Table table, Dataset<Row> rows) {
    if (table.partitionColumns().isEmpty()) {
      return rows;
    }
    return rows.repartition(
        table.partitionColumns().stream().map(c -> col(c)).toArray(Column[]::new));
  }

  private static Column[] columns(Table table) {
    return Arrays.stream(table.schema().fieldNames()).map(c -> col(c)).toArray(Column[]::new);
  }

  /** A table a stage needs has not been written yet. */
  public static final class MissingTableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingTableException(Table table, String path) {
      super(
          "Table '"
              + table.name()
              + "' not found at "
              + path
              + "; run the stage that writes it first (newsframes run runs them all)");
    }
  }
}
