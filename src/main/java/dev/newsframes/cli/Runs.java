package dev.newsframes.cli;

import dev.newsframes.io.Table;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.runtime.RunManifest;
import dev.newsframes.runtime.Stage;
import dev.newsframes.runtime.WarehouseLock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs the stages of a command in order in one Spark session: takes the warehouse lock when a stage
 * writes the warehouse, logs each stage's summary, and writes the run manifest (also when the run
 * fails), so every scheduled run leaves a record.
 */
final class Runs {
  private static final Logger LOG = LoggerFactory.getLogger("newsframes");

  private Runs() {}

  /** Runs the stages (built, so checked, before Spark starts); returns the exit code. */
  static int execute(SparkOptions options, CommandSpec spec, List<? extends Stage> stages)
      throws Exception {
    String command = spec.name();
    SparkSession spark = options.session(command);
    Warehouse warehouse = options.warehouse(spark);
    if (stages.stream().noneMatch(Stage::writesWarehouse)) {
      return runAll(spark, warehouse, stages, null);
    }
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    RunManifest manifest =
        new RunManifest(command, spec.commandLine().getParseResult().originalArgs());
    manifest.put("warehouse", warehouse.root()).put("versions", Versions.map(spark));
    manifest.put("spark_master", spark.sparkContext().master());
    try (WarehouseLock lock =
        WarehouseLock.acquire(conf, warehouse.root(), manifest.runId(), command)) {
      for (String r : warehouse.recover()) {
        LOG.warn("recovered {}, left half-swapped by a run that crashed", r);
      }
      int code;
      try {
        code = runAll(spark, warehouse, stages, manifest);
      } catch (Exception | Error e) {
        manifest.put("error", String.valueOf(e));
        manifest.write(conf, warehouse.root(), ExitCode.FAILURE, "failed");
        throw e;
      }
      manifest.put("tables", tableCounts(warehouse));
      String path =
          manifest.write(
              conf, warehouse.root(), code, code == ExitCode.OK ? "ok" : "rejects over limit");
      LOG.info("run manifest: {}", path);
      return code;
    }
  }

  private static int runAll(
      SparkSession spark, Warehouse warehouse, List<? extends Stage> stages, RunManifest manifest)
      throws Exception {
    int code = ExitCode.OK;
    List<String> timings = new ArrayList<>();
    for (Stage stage : stages) {
      Stage.Result r = stage.run(spark, warehouse);
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
      timings.add(
          String.format(Locale.ROOT, "%s %.1fs", stage.name(), r.duration().toMillis() / 1000.0));
    }
    if (stages.size() > 1) {
      LOG.info("stages: {}", String.join(", ", timings));
    }
    return code;
  }

  private static Map<String, Long> tableCounts(Warehouse warehouse) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Table t : Tables.ALL) {
      if (warehouse.exists(t)) {
        counts.put(t.name(), warehouse.read(t).count());
      }
    }
    return counts;
  }
}
