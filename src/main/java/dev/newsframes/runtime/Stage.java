package dev.newsframes.runtime;

import dev.newsframes.io.Warehouse;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;

/**
 * One stage of the pipeline: reads warehouse tables, writes its own, and says what it did.
 *
 * <p>Stages talk only through tables, so any stage can be re-run alone; {@code newsframes run} is a
 * loop over them. A stage is built from its validated options before Spark starts, so bad options
 * fail with a usage message and no Spark work.
 */
public interface Stage {
  /** The stage's name in summaries, run manifests and Spark job descriptions. */
  String name();

  /** Whether the stage writes warehouse tables (and so needs the warehouse lock). */
  default boolean writesWarehouse() {
    return true;
  }

  /**
   * What the run manifest records about the stage's inputs and settings, before it runs. Not what
   * the skip rule compares: that is {@link #unchangedRun}.
   */
  default Map<String, Object> settings() {
    return Map.of();
  }

  /**
   * How to tell that the stage's work is already done: its inputs, settings and outputs, compared
   * with those of its last successful run. Empty (the default) for a stage that always runs; the
   * command skips a stage whose {@link UnchangedRun#lastRun} says nothing changed.
   */
  default Optional<UnchangedRun> unchangedRun(SparkSession spark, Warehouse warehouse)
      throws IOException {
    return Optional.empty();
  }

  /**
   * Runs the stage. Bad input records never throw: they are counted in the result (and most are
   * written to a reject or error table); an exception means the stage could not run at all.
   */
  Result run(SparkSession spark, Warehouse warehouse) throws IOException;

  /** Counts in the order given, for a result's {@link Result#counts()}: name, value, name, ... */
  static Map<String, Object> counts(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("counts come in name, value pairs");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return m;
  }

  /** What one run of a stage did. */
  interface Result {
    Duration duration();

    /** Counts for the run manifest, by name. */
    Map<String, Object> counts();

    /** The one-line summary the command prints. */
    String summary();

    /**
     * Why the run should end with a non-zero exit code although the stage finished, such as a
     * reject rate over the limit.
     */
    default Optional<String> problem() {
      return Optional.empty();
    }
  }
}
