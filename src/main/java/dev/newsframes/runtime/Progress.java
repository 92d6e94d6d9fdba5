package dev.newsframes.runtime;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a stage's progress from a Spark accumulator every few seconds while the stage runs, so long
 * runs show they are alive without Spark's console noise.
 *
 * <p>Accumulators reach the driver as tasks finish, so progress moves in steps of a task.
 */
public final class Progress implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Progress.class);
  private final ScheduledExecutorService timer;
  private final long startNanos = System.nanoTime();

  private Progress(String stage, String unit, LongAccumulator done, long total, Duration every) {
    timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "newsframes-progress");
              t.setDaemon(true);
              return t;
            });
    long ms = every.toMillis();
    timer.scheduleAtFixedRate(
        () -> log(stage, unit, done.value(), total), ms, ms, TimeUnit.MILLISECONDS);
  }

  /** Starts logging {@code done}/{@code total} every 10 seconds until closed. */
  public static Progress start(String stage, String unit, LongAccumulator done, long total) {
    return new Progress(stage, unit, done, total, Duration.ofSeconds(10));
  }

  private void log(String stage, String unit, long done, long total) {
    LOG.info(line(stage, unit, done, total, (System.nanoTime() - startNanos) / 1e9));
  }

  /**
   * One progress line; once every unit is done it says the stage is finishing (deduplicating,
   * writing), rather than repeating "7/7 files (100%)" while that work goes on.
   */
  static String line(String stage, String unit, long done, long total, double seconds) {
    long secs = Math.round(seconds);
    if (total > 0 && done >= total) {
      return String.format(
          Locale.ROOT,
          "%s: all %d %s done; finishing the stage after %ds",
          stage,
          total,
          unit,
          secs);
    }
    String pct = total > 0 ? String.format(Locale.ROOT, " (%.0f%%)", 100.0 * done / total) : "";
    return String.format(
        Locale.ROOT, "%s: %d/%d %s%s after %ds", stage, done, total, unit, pct, secs);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
