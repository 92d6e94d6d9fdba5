package dev.newsframes.cli;

import dev.newsframes.io.Warehouse;
import dev.newsframes.runtime.ExecutorWait;
import dev.newsframes.runtime.NoExecutorException;
import dev.newsframes.runtime.SparkSessions;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Options every Spark-running command shares: where the warehouse is and how Spark runs. */
public final class SparkOptions {
  private static final String DEFAULT_EXECUTOR_WAIT = "120";

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

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

  @Option(
      names = "--executor-wait",
      paramLabel = "SECONDS",
      defaultValue = DEFAULT_EXECUTOR_WAIT,
      description = {
        "On a spark:// master, fail when no executor",
        "has registered this long after Spark started;",
        "fail at once when no worker is large enough",
        "for one executor; 0 turns both off",
        "(default: ${DEFAULT-VALUE})."
      })
  void executorWait(int seconds) {
    if (seconds < 0) {
      throw new ParameterException(
          spec.commandLine(), "--executor-wait must be 0 or more seconds, got " + seconds);
    }
    executorWait = seconds;
  }

  private int executorWait = Integer.parseInt(DEFAULT_EXECUTOR_WAIT);

  @Option(
      names = "--master-ui",
      paramLabel = "URL",
      description = {
        "Web UI of the spark:// master, whose /json/",
        "lists its workers",
        "(default: http://MASTER-HOST:8080)."
      })
  URI masterUi;

  /** Starts (or joins) the session for a command. */
  public SparkSession session(String command) {
    return SparkSessions.create("newsframes " + command, Optional.ofNullable(master), conf);
  }

  /**
   * Starts the session and waits for an executor ({@link #awaitExecutor}), stopping the session
   * when none comes. For commands without a run manifest; {@link Runs} waits inside the lock.
   */
  public SparkSession sessionWithExecutor(String command) {
    SparkSession spark = session(command);
    try {
      awaitExecutor(spark);
    } catch (NoExecutorException e) {
      spark.stop();
      throw e;
    }
    return spark;
  }

  /**
   * Returns once the session has an executor; on a {@code spark://} master throws {@link
   * NoExecutorException} when none can start or none did within {@code --executor-wait}.
   */
  public void awaitExecutor(SparkSession spark) {
    ExecutorWait.await(
        spark.sparkContext(), Duration.ofSeconds(executorWait), Optional.ofNullable(masterUi));
  }

  public Warehouse warehouse(SparkSession spark) {
    return new Warehouse(spark, warehouse);
  }
}
