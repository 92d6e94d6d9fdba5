package dev.newsframes.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.api.plugin.DriverPlugin;
import org.apache.spark.api.plugin.ExecutorPlugin;
import org.apache.spark.api.plugin.PluginContext;
import org.apache.spark.api.plugin.SparkPlugin;

/**
 * Test-only Spark plugin ({@code spark.plugins}): every task first records itself in a {@link
 * TaskLog} and then sleeps, so a fault test can kill the executor JVM that is running a task in the
 * middle of a job. It changes no data.
 *
 * <p>Properties: {@value #DELAY} (milliseconds each task sleeps) and {@value #LOG_DIR} (a directory
 * every executor can write to). Tasks sleep only while {@link TaskLog#slowMarker} exists there, so
 * the test lets the rest of the job run at full speed once it has killed an executor.
 */
public final class SlowTasksPlugin implements SparkPlugin {
  static final String DELAY = "spark.newsframes.test.task-delay-ms";
  static final String LOG_DIR = "spark.newsframes.test.task-log-dir";

  @Override
  public DriverPlugin driverPlugin() {
    return null;
  }

  @Override
  public ExecutorPlugin executorPlugin() {
    return new SlowTasks();
  }

  private static final class SlowTasks implements ExecutorPlugin {
    private long delayMs;
    private Path log;

    @Override
    public void init(PluginContext ctx, Map<String, String> extraConf) {
      delayMs = ctx.conf().getLong(DELAY, 0);
      log = TaskLog.file(Path.of(ctx.conf().get(LOG_DIR)), ctx.executorID());
    }

    @Override
    public void onTaskStart() {
      TaskContext task = TaskContext.get();
      String line =
          TaskLog.line(
              ProcessHandle.current().pid(),
              task.stageId(),
              task.stageAttemptNumber(),
              task.partitionId(),
              task.attemptNumber());
      try {
        Files.writeString(
            log,
            line,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
        if (Files.exists(TaskLog.slowMarker(log.getParent()))) {
          Thread.sleep(delayMs);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot record task start in " + log, e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt(); // the task is being killed
      }
    }
  }
}
