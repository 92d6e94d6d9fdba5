package dev.newsframes.cli;

import dev.newsframes.io.Warehouse;
import dev.newsframes.runtime.SparkSessions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/** Options every Spark-running command shares: where the warehouse is and how Spark runs. */
public final class SparkOptions {
  @Option(
      names = "--warehouse",
      paramLabel = "DIR",
      defaultValue = "notebooks-data/warehouse",
      description = {
        "Root of the Parquet tables: a path, or an HDFS or S3 URI",
        "such as hdfs://host/dir or s3a://bucket/dir",
        "(default: ${DEFAULT-VALUE})."
      })
  String warehouse;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description =
          "Spark master, e.g. spark://host:7077 (default: spark-submit's, else local[*]).")
  String master;

  @Option(
      names = "--conf",
      paramLabel = "KEY=VALUE",
      description = {"A Spark property; repeatable. Example:", "spark.sql.shuffle.partitions=64"})
  Map<String, String> conf = new LinkedHashMap<>();

  /** Starts (or joins) the session for a command. */
  public SparkSession session(String command) {
    return SparkSessions.create("newsframes " + command, Optional.ofNullable(master), conf);
  }

  public Warehouse warehouse(SparkSession spark) {
    return new Warehouse(spark, warehouse);
  }
}
