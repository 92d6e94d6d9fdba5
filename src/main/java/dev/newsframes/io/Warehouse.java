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
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
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

  /** The directories of some tables. */
  public List<String> paths(List<Table> tables) {
    return tables.stream().map(this::path).toList();
  }

  /** The Hadoop configuration the warehouse is read and written with. */
  public Configuration hadoopConf() {
    return spark.sparkContext().hadoopConfiguration();
  }

  /**
   * Whether the table has been written: its directory holds {@code _SUCCESS} or a visible file or
   * partition (a directory left with only {@code _temporary} by an older crashed write is not a
   * table).
   */
  public boolean exists(Table table) {
    Path p = new Path(path(table));
    try {
      FileSystem fs = fs();
      if (!fs.exists(p)) {
        return false;
      }
      return fs.exists(new Path(p, "_SUCCESS"))
          || fs.listStatus(p, Warehouse::isVisible).length > 0;
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
    for (Table t : Stream.concat(Tables.ALL.stream(), Tables.EVALUATE_OUTPUTS.stream()).toList()) {
      if (exists(t)) {
        read(t).createOrReplaceTempView(t.name());
        names.add(t.name());
      }
    }
    return names;
  }

  /**
   * Fails as a missing table does when the warehouse holds none of the stage tables: a mistyped
   * {@code --warehouse} for a command that only reads, which would otherwise report nothing and
   * succeed.
   */
  public void requireSomeTable() {
    if (Tables.ALL.stream().noneMatch(this::exists)) {
      throw new MissingTableException(
          "No newsframes table at "
              + root
              + ": is --warehouse right? (newsframes run writes every table)");
    }
  }

  /** Reads a table with its declared schema; fails with the path when it is missing. */
  public Dataset<Row> read(Table table) {
    if (!exists(table)) {
      throw new MissingTableException(table, path(table));
    }
    return spark.read().schema(table.schema()).parquet(path(table));
  }

  /**
   * Replaces the whole table with {@code rows}, staged then swapped (see {@link #stageAndSwap}): a
   * crash before the swap leaves the previous table whole.
   */
  public void replace(Table table, Dataset<Row> rows) {
    stageAndSwap(table, Optional.empty(), rows);
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
   * partitions are rewritten (staged, then swapped, see {@link #stageAndSwap}); they must hold
   * every old row of those keys and every fresh row.
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
   * in them, staged then swapped partition by partition (see {@link #stageAndSwap}). Partitions
   * named but absent from {@code rows} end up removed, so a re-run never leaves stale rows behind.
   */
  void replacePartitions(Table table, String column, List<String> values, Dataset<Row> rows) {
    if (!table.partitionColumns().equals(List.of(column))) {
      throw new IllegalArgumentException(table.name() + " is not partitioned by " + column);
    }
    stageAndSwap(table, Optional.of(values), rows);
  }

  /** The directory name Spark gives a null partition value. */
  public static final String NULL_PARTITION = "__HIVE_DEFAULT_PARTITION__";

  private static final String PREVIOUS = ".previous";

  /** {@link #stageAndSwap} of the listed partitions, or of the whole unpartitioned table. */
  private void rewrite(Table table, List<String> values, Dataset<Row> rows) {
    if (table.partitionColumns().isEmpty()) {
      stageAndSwap(table, Optional.empty(), rows);
    } else if (!values.isEmpty()) {
      stageAndSwap(table, Optional.of(values), rows);
    }
  }

  /**
   * The one way a table is written (every public write method ends here): the rows go to a staging
   * directory {@code <root>/_staging/<table>-<uuid>} (outside the table, so no reader lists it),
   * then the table, or each named partition, is swapped for its staged version by two renames: the
   * current directory moves aside to {@code _staging/<table>-<uuid>.previous}, the staged one moves
   * in, and the previous one is deleted. Other partitions are not touched, and the rows may be
   * computed from the very table they replace.
   *
   * <p>A crash while staging leaves the table as it was (the staging directory is removed by the
   * next run's {@link #recover}); a crash between the two renames of a swap leaves the table or
   * partition missing and its complete staged version under {@code _staging}, which {@link
   * #recover} moves in. On object stores where rename copies (s3a), the swap is not atomic.
   *
   * @param values partition values to replace, {@link #NULL_PARTITION} for nulls; empty to swap the
   *     whole table
   */
  private void stageAndSwap(Table table, Optional<List<String>> values, Dataset<Row> rows) {
    Path dir = new Path(path(table));
    String id = table.name() + "-" + UUID.randomUUID();
    Path staging = new Path(stagingRoot(), id);
    Path previous = new Path(stagingRoot(), id + PREVIOUS);
    filePerPartition(table, rows.select(columns(table)))
        .write()
        .mode(SaveMode.ErrorIfExists)
        .partitionBy(table.partitionColumns().toArray(String[]::new))
        .parquet(staging.toString());
    try {
      FileSystem fs = fs();
      if (values.isEmpty()) {
        swap(fs, staging, dir, previous);
      } else {
        String column = table.partitionColumns().get(0);
        fs.mkdirs(dir);
        fs.mkdirs(previous);
        for (String v : values.get()) {
          String name = column + "=" + v;
          swap(fs, new Path(staging, name), new Path(dir, name), new Path(previous, name));
        }
        fs.delete(staging, true);
      }
      fs.delete(previous, true);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot swap the staged "
              + table.name()
              + " into "
              + dir
              + " (staged at "
              + staging
              + ")",
          e);
    }
  }

  /** Moves {@code target} (if any) to {@code previous}, then {@code staged} (if any) to target. */
  private static void swap(FileSystem fs, Path staged, Path target, Path previous)
      throws IOException {
    if (fs.exists(target)) {
      rename(fs, target, previous);
    }
    if (fs.exists(staged)) {
      fs.mkdirs(target.getParent());
      rename(fs, staged, target);
    }
  }

  /**
   * Finishes what a crashed write left: a table or partition that a swap had moved aside but not
   * yet replaced gets its complete staged version (rolled forward), or, if staging had not
   * finished, its previous version back; then the staging directories are deleted. Call it holding
   * the warehouse lock, before the first write; returns a line per table or partition recovered.
   */
  public List<String> recover() {
    List<String> recovered = new ArrayList<>();
    Path stagingRoot = stagingRoot();
    try {
      FileSystem fs = fs();
      if (!fs.exists(stagingRoot)) {
        return recovered;
      }
      for (FileStatus s : fs.listStatus(stagingRoot)) {
        String name = s.getPath().getName();
        if (name.endsWith(PREVIOUS)) {
          String id = name.substring(0, name.length() - PREVIOUS.length());
          recoverSwap(fs, new Path(stagingRoot, id), s.getPath(), recovered);
        }
      }
      fs.delete(stagingRoot, true);
      return recovered;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot recover interrupted writes under " + stagingRoot, e);
    }
  }

  private void recoverSwap(FileSystem fs, Path staged, Path previous, List<String> recovered)
      throws IOException {
    String id = staged.getName();
    // the id is <table>-<uuid>, and a UUID has 36 characters
    String table = id.substring(0, Math.max(0, id.length() - 37));
    Path dir = new Path(root, table);
    boolean complete = fs.exists(new Path(staged, "_SUCCESS"));
    if (!fs.exists(dir)) {
      rename(fs, complete ? staged : previous, dir);
      recovered.add(table + (complete ? " (new version)" : " (previous version)"));
      return;
    }
    for (FileStatus part : fs.listStatus(previous, p -> p.getName().contains("="))) {
      Path target = new Path(dir, part.getPath().getName());
      Path stagedPart = new Path(staged, part.getPath().getName());
      if (!fs.exists(target) && fs.exists(stagedPart)) {
        rename(fs, stagedPart, target);
        recovered.add(table + "/" + part.getPath().getName() + " (new version)");
      }
    }
  }

  private Path stagingRoot() {
    return new Path(root, "_staging");
  }

  private FileSystem fs() throws IOException {
    return new Path(root).getFileSystem(spark.sparkContext().hadoopConfiguration());
  }

  private static boolean isVisible(Path p) {
    return !p.getName().startsWith("_") && !p.getName().startsWith(".");
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
      this(
          "Table '"
              + table.name()
              + "' not found at "
              + path
              + "; run the stage that writes it first (newsframes run runs them all)");
    }

    MissingTableException(String message) {
      super(message);
    }
  }
}
