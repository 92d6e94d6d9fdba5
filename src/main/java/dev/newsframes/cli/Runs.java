package dev.newsframes.cli;

import dev.newsframes.io.Table;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.runtime.RunManifest;
import dev.newsframes.runtime.WarehouseLock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a warehouse-writing command: takes the warehouse lock, runs the stages, and writes the run
 * manifest (also when the run fails), so every scheduled run leaves a record.
 */
final class Runs {
  private static final Logger LOG = LoggerFactory.getLogger("newsframes");

  private Runs() {}

  /** The stages of a command; returns the exit code. */
  @FunctionalInterface
  interface Body {
    int run(SparkSession spark, Warehouse warehouse, RunManifest manifest) throws Exception;
  }

  static int execute(SparkOptions options, String command, List<String> args, Body body)
      throws Exception {
    SparkSession spark = options.session(command);
    Warehouse warehouse = options.warehouse(spark);
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    RunManifest manifest = new RunManifest(command, args);
    manifest.put("warehouse", warehouse.root()).put("versions", Versions.map(spark));
    manifest.put("spark_master", spark.sparkContext().master());
    try (WarehouseLock lock =
        WarehouseLock.acquire(conf, warehouse.root(), manifest.runId(), command)) {
      int code;
      try {
        code = body.run(spark, warehouse, manifest);
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
