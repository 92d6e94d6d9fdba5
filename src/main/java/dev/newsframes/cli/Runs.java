package dev.newsframes.cli;

import static org.apache.spark.sql.functions.lit;

import dev.newsframes.io.Table;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.runtime.NoExecutorException;
import dev.newsframes.runtime.Recompute;
import dev.newsframes.runtime.RunManifest;
import dev.newsframes.runtime.Stage;
import dev.newsframes.runtime.UnchangedResult;
import dev.newsframes.runtime.UnchangedRun;
import dev.newsframes.runtime.WarehouseLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs the stages of a command in order in one Spark session: takes the warehouse lock when a stage
 * writes the warehouse, logs each stage's summary, and writes the run manifest (also when the run
 * fails), so every run that writes the warehouse leaves a record; a run that only reads it (report
 * alone) takes no lock and writes no manifest.
 */
final class Runs {
  private static final Logger LOG = LoggerFactory.getLogger("newsframes");

  private Runs() {}

  /**
   * Runs the stages (built, so checked, before Spark starts), skipping those whose work is already
   * done unless {@code recompute} is {@link Recompute#ALWAYS}; returns the exit code.
   */
  static int execute(
      SparkOptions options, CommandSpec spec, List<? extends Stage> stages, Recompute recompute)
      throws Exception {
    long start = System.nanoTime();
    String command = spec.name();
    SparkSession spark = options.session(command);
    Warehouse warehouse = options.warehouse(spark);
    try {
      return executeIn(spark, warehouse, options, spec, stages, recompute, new Timings(start));
    } catch (NoExecutorException e) {
      // the application would stay queued at the master, and a JVM that embeds the command lives on
      spark.stop();
      throw e;
    }
  }

  private static int executeIn(
      SparkSession spark,
      Warehouse warehouse,
      SparkOptions options,
      CommandSpec spec,
      List<? extends Stage> stages,
      Recompute recompute,
      Timings timings)
      throws Exception {
    String command = spec.name();
    if (stages.stream().noneMatch(Stage::writesWarehouse)) {
      int code = runAll(options, spark, warehouse, stages, recompute, null, timings);
      timings.log();
      return code;
    }
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    RunManifest manifest =
        new RunManifest(command, spec.commandLine().getParseResult().originalArgs());
    manifest.put("warehouse", warehouse.root()).put("versions", Versions.map(spark));
    manifest.put("spark_master", spark.sparkContext().master());
    try (WarehouseLock lock = WarehouseLock.forWrites(warehouse, manifest.runId(), command)) {
      int code;
      try {
        code = runAll(options, spark, warehouse, stages, recompute, manifest, timings);
      } catch (Exception | Error e) {
        manifest.put("error", String.valueOf(e));
        int failed = ExitCode.of(e);
        manifest.write(
            conf, warehouse.root(), failed, failed == ExitCode.USAGE ? "refused" : "failed");
        throw e;
      }
      manifest.put("tables", tableCounts(warehouse));
      String path =
          manifest.write(
              conf, warehouse.root(), code, code == ExitCode.OK ? "ok" : "rejects over limit");
      timings.log();
      LOG.info("run manifest: {}", path);
      return code;
    }
  }

  /** Waits for an executor first (on a standalone cluster), inside the lock and the manifest. */
  private static int runAll(
      SparkOptions options,
      SparkSession spark,
      Warehouse warehouse,
      List<? extends Stage> stages,
      Recompute recompute,
      RunManifest manifest,
      Timings timings)
      throws Exception {
    int code = ExitCode.OK;
    options.awaitExecutor(spark);
    timings.sparkStarted();
    for (Stage stage : stages) {
      long start = System.nanoTime();
      Stage.Result r = runOrSkip(spark, warehouse, stage, recompute, start);
      LOG.info(r.summary());
      if (manifest != null) {
        Map<String, Object> entry = new LinkedHashMap<>(stage.settings());
        entry.putAll(r.counts());
        manifest.stage(stage.name(), r.duration(), entry);
      }
      if (r.problem().isPresent()) {
        LOG.error(r.problem().get());
        code = ExitCode.REJECT_RATE;
      }
      timings.stage(stage.name(), start);
    }
    return code;
  }

  /** The stage's result, or the last run's when nothing it depends on changed. */
  private static Stage.Result runOrSkip(
      SparkSession spark, Warehouse warehouse, Stage stage, Recompute recompute, long start)
      throws Exception {
    Optional<UnchangedRun> check = stage.unchangedRun(spark, warehouse);
    Optional<Map<String, String>> last =
        check.isPresent() ? check.get().lastRun(recompute) : Optional.empty();
    if (last.isPresent()) {
      return new UnchangedResult(
          stage.name(), last.get(), Duration.ofNanos(System.nanoTime() - start));
    }
    Stage.Result r = stage.run(spark, warehouse);
    if (check.isPresent() && r.problem().isEmpty()) {
      check.get().done(r.counts(), r.summary());
    }
    return r;
  }

  /** Wall time of the Spark start, of each stage and of the whole command, logged at the end. */
  private static final class Timings {
    private final long start;
    private final List<String> parts = new ArrayList<>();

    Timings(long start) {
      this.start = start;
    }

    void sparkStarted() {
      parts.add(String.format(Locale.ROOT, "Spark start %.1fs", seconds(start)));
    }

    void stage(String name, long stageStart) {
      parts.add(String.format(Locale.ROOT, "%s %.1fs", name, seconds(stageStart)));
    }

    void log() {
      LOG.info(
          "{}",
          String.format(
              Locale.ROOT, "timings: %s; total %.1fs", String.join(", ", parts), seconds(start)));
    }

    private static double seconds(long from) {
      return (System.nanoTime() - from) / 1e9;
    }
  }

  /**
   * The row count of every table present, in {@link Tables#ALL} order, by one query over all of
   * them: a count per table cost two Spark jobs each (34 of a trends run's jobs).
   */
  private static Map<String, Long> tableCounts(Warehouse warehouse) {
    Dataset<Row> tables = null;
    List<String> present = new ArrayList<>();
    for (Table t : Tables.ALL) {
      if (warehouse.exists(t)) {
        Dataset<Row> one = warehouse.read(t).select(lit(t.name()).as("table"));
        tables = tables == null ? one : tables.union(one);
        present.add(t.name());
      }
    }
    Map<String, Long> found = new HashMap<>();
    if (tables != null) {
      for (Row r : tables.groupBy("table").count().collectAsList()) { // a row per table
        found.put(r.getString(0), r.getLong(1));
      }
    }
    Map<String, Long> counts = new LinkedHashMap<>();
    present.forEach(name -> counts.put(name, found.getOrDefault(name, 0L)));
    return counts;
  }
}
