package dev.newsframes.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsframes.runtime.WarehouseLock;
import dev.newsframes.testing.SparkTestSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every table write is staged then swapped: a write that dies leaves the previous table whole. */
class WarehouseSparkTest {
  private static final StructType SCHEMA =
      new StructType().add("id", DataTypes.LongType).add("day", DataTypes.StringType);
  private static final Table WHOLE = new Table("whole", SCHEMA, List.of());
  private static final Table BY_DAY = new Table("by_day", SCHEMA, List.of("day"));

  @TempDir Path tmp;

  private final SparkSession spark = SparkTestSession.get();

  private Dataset<Row> rows(long n, String day) {
    return spark.range(n).select(col("id"), lit(day).as("day"));
  }

  /** Rows whose computation fails at row 2, as a write killed half way would. */
  private Dataset<Row> failingRows(String day) {
    return spark
        .range(5)
        .select(
            col("id"),
            when(col("id").equalTo(2), raise_error(lit("crash while writing")))
                .otherwise(lit(day))
                .cast("string")
                .as("day"));
  }

  @Test
  void aReplaceThatDiesWhileWritingLeavesThePreviousTable() {
    Warehouse w = new Warehouse(spark, tmp.resolve("wh").toString());
    w.replace(WHOLE, rows(3, "2024-01-01"));
    assertThatThrownBy(() -> w.replace(WHOLE, failingRows("2024-01-02")))
        .hasStackTraceContaining("crash while writing");
    assertThat(w.read(WHOLE).count()).as("rows of the previous table").isEqualTo(3);
    assertThat(tmp.resolve("wh/whole/_temporary"))
        .as("no write debris in the table")
        .doesNotExist();
  }

  @Test
  void aPartitionReplaceThatDiesLeavesThePreviousPartition() {
    Warehouse w = new Warehouse(spark, tmp.resolve("wh").toString());
    w.replace(BY_DAY, rows(3, "2024-01-01").unionByName(rows(2, "2024-01-02")));
    assertThatThrownBy(
            () ->
                w.replacePartitions(
                    BY_DAY, "day", List.of("2024-01-01"), failingRows("2024-01-01")))
        .hasStackTraceContaining("crash while writing");
    assertThat(w.read(BY_DAY).filter(col("day").equalTo("2024-01-01")).count())
        .as("rows of the partition being replaced")
        .isEqualTo(3);
    assertThat(w.read(BY_DAY).count()).as("all rows").isEqualTo(5);
  }

  @Test
  void aPartitionReplaceSwapsOnlyItsPartitions() {
    Warehouse w = new Warehouse(spark, tmp.resolve("wh").toString());
    w.replace(BY_DAY, rows(3, "2024-01-01").unionByName(rows(2, "2024-01-02")));
    w.replacePartitions(BY_DAY, "day", List.of("2024-01-01", "2024-01-03"), rows(7, "2024-01-01"));
    assertThat(w.read(BY_DAY).filter(col("day").equalTo("2024-01-01")).count())
        .as("replaced partition")
        .isEqualTo(7);
    assertThat(w.read(BY_DAY).filter(col("day").equalTo("2024-01-02")).count())
        .as("untouched partition")
        .isEqualTo(2);
    assertThat(tmp.resolve("wh/_staging")).as("staging after the swap").isEmptyDirectory();
  }

  @Test
  void recoverFinishesASwapInterruptedBetweenItsRenames() throws Exception {
    Path wh = tmp.resolve("wh");
    Warehouse w = crashedBetweenRenames(wh);
    assertThat(w.exists(WHOLE)).as("table between the renames").isFalse();

    assertThat(w.recover()).as("recovered").containsExactly("whole (new version)");
    assertThat(w.read(WHOLE).count()).as("rows after recovery").isEqualTo(4);
    assertThat(wh.resolve("_staging")).as("staging after recovery").doesNotExist();
  }

  @Test
  void aWritingRunHoldsTheLockAndFinishesTheCrashedSwapFirst() throws Exception {
    Warehouse w = crashedBetweenRenames(tmp.resolve("wh"));
    try (WarehouseLock lock = WarehouseLock.forWrites(w, "run-2", "trends")) {
      assertThat(w.read(WHOLE).count()).as("rows once the lock is held").isEqualTo(4);
      assertThatThrownBy(() -> WarehouseLock.acquire(w.hadoopConf(), w.root(), "run-3", "ingest"))
          .isInstanceOf(WarehouseLock.LockedException.class);
    }
  }

  /**
   * The state a kill between a swap's two renames leaves: the table moved aside, the new staged.
   */
  private Warehouse crashedBetweenRenames(Path wh) throws Exception {
    Warehouse w = new Warehouse(spark, wh.toString());
    w.replace(WHOLE, rows(3, "2024-01-01"));
    String id = "whole-" + UUID.randomUUID();
    rows(4, "2024-01-02").write().parquet(wh.resolve("_staging/" + id).toString());
    Files.move(wh.resolve("whole"), wh.resolve("_staging/" + id + ".previous"));
    return w;
  }

  @Test
  void aDirectoryWithOnlyWriteDebrisIsNotATable() throws Exception {
    Path wh = tmp.resolve("wh");
    Files.createDirectories(wh.resolve("whole/_temporary/0"));
    assertThat(new Warehouse(spark, wh.toString()).exists(WHOLE))
        .as("a table holding only _temporary")
        .isFalse();
  }
}
