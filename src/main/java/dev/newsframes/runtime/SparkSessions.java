package dev.newsframes.runtime;

import java.util.Map;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Creates the SparkSession of a command. The launcher decides the master: spark-submit's {@code
 * spark.master} wins, then {@code --master}, else embedded {@code local[*]}.
 */
public final class SparkSessions {
  private SparkSessions() {}

  /** A session for a command; in local mode the driver binds to 127.0.0.1 and the UI is off. */
  public static SparkSession create(
      String appName, Optional<String> master, Map<String, String> conf) {
    SparkConf sc = new SparkConf();
    String effectiveMaster =
        sc.contains("spark.master") ? sc.get("spark.master") : master.orElse("local[*]");
    SparkSession.Builder b =
        SparkSession.builder()
            .appName(appName)
            .master(effectiveMaster)
            .config("spark.sql.session.timeZone", "UTC")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.parquet.compression.codec", "zstd")
            // plans of the 24-column articles table passed the default 25 fields and Spark
            // warned that it truncated their text; only the UI and logs read it
            .config("spark.sql.debug.maxToStringFields", "200");
    if (effectiveMaster.startsWith("local")) {
      // 200 shuffle partitions is sized for clusters; on one machine it is mostly task overhead
      int cores = Runtime.getRuntime().availableProcessors();
      b.config("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, cores * 2)))
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.ui.enabled", "false")
          // day-partitioned tables pass the default 32 paths at once; Spark then lists them in a
          // job of up to 10,000 tasks (288 for 144 days, 4 listings per trends run: 40 s of task
          // time on 169 articles), while the driver lists a local disk in milliseconds
          .config("spark.sql.sources.parallelPartitionDiscovery.threshold", "100000");
    }
    conf.forEach(b::config);
    return b.getOrCreate();
  }
}
