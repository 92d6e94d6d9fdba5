package dev.newsframes.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The task starts {@link SlowTasksPlugin} records: one file per executor, one line per task
 * attempt, {@code pid stage stageAttempt partition attempt epochMillis}.
 */
final class TaskLog {
  private TaskLog() {}

  /** One task attempt as the executor JVM {@code pid} started it. */
  record TaskStart(
      long pid, int stage, int stageAttempt, int partition, int attempt, long epochMillis) {
    /** A retry of a task (its stage resubmitted, or the task re-run after a failure). */
    boolean isRetry() {
      return stageAttempt > 0 || attempt > 0;
    }
  }

  /** While this file exists in the log directory, {@link SlowTasksPlugin} delays tasks. */
  static Path slowMarker(Path dir) {
    return dir.resolve("slow");
  }

  static Path file(Path dir, String executorId) {
    return dir.resolve("executor-" + executorId + "-" + ProcessHandle.current().pid() + ".tasks");
  }

  static String line(long pid, int stage, int stageAttempt, int partition, int attempt) {
    return String.join(
            " ",
            String.valueOf(pid),
            String.valueOf(stage),
            String.valueOf(stageAttempt),
            String.valueOf(partition),
            String.valueOf(attempt),
            String.valueOf(System.currentTimeMillis()))
        + "\n";
  }

  /** Every complete line recorded in {@code dir} so far. */
  static List<TaskStart> read(Path dir) {
    List<TaskStart> starts = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tasks")).toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        for (String l : text.substring(0, text.lastIndexOf('\n') + 1).split("\n")) {
          if (l.isBlank()) {
            continue;
          }
          String[] p = l.split(" ");
          starts.add(
              new TaskStart(
                  Long.parseLong(p[0]),
                  Integer.parseInt(p[1]),
                  Integer.parseInt(p[2]),
                  Integer.parseInt(p[3]),
                  Integer.parseInt(p[4]),
                  Long.parseLong(p[5])));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the task log in " + dir, e);
    }
    return starts;
  }
}
