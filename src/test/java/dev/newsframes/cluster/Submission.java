package dev.newsframes.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * One {@code scripts/submit.sh} run of a newsframes command on a {@link StandaloneCluster}: the job
 * jar, {@code jobs/local.conf}, CoreNLP models from the Maven repository as {@code local:} jars
 * (the cluster shares this machine's disk), driver output in a log file.
 */
final class Submission {
  private static final Duration TIMEOUT = Duration.ofMinutes(10);

  private final Process process;
  private final Path log;

  private Submission(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  /** Starts {@code submit.sh SPARK-OPTIONS COMMAND...} against the cluster's Master. */
  static Submission start(
      StandaloneCluster cluster, List<String> sparkOptions, List<String> command, Path log)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add("bash");
    cmd.add(BuildOutputs.root().resolve("scripts/submit.sh").toString());
    cmd.addAll(List.of("--master", cluster.masterUrl(), "--conf", "spark.ui.enabled=false"));
    cmd.addAll(sparkOptions);
    cmd.addAll(command);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.redirectOutput(log.toFile());
    Map<String, String> env = pb.environment();
    env.put("SPARK_HOME", cluster.sparkHome().toString());
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    env.put("SPARK_SCALA_VERSION", StandaloneCluster.scalaBinaryVersion());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("NEWSFRAMES_JOB_JAR", BuildOutputs.jobJar().toString());
    env.put("NEWSFRAMES_JOB_CONF", BuildOutputs.root().resolve("jobs/local.conf").toString());
    env.put("NEWSFRAMES_MODELS", modelJars());
    env.remove("SPARK_CONF_DIR");
    return new Submission(pb.start(), log);
  }

  /** Runs a command to its end and returns its exit code. */
  static int run(
      StandaloneCluster cluster, List<String> sparkOptions, List<String> command, Path log)
      throws IOException {
    return start(cluster, sparkOptions, command, log).awaitExit();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Waits for the exit code; kills the submission (and fails) after ten minutes. */
  int awaitExit() {
    try {
      if (!process.waitFor(TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        throw new IllegalStateException("Submission did not finish in " + TIMEOUT + "; see " + log);
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new IllegalStateException("Interrupted while waiting for the submission", e);
    }
  }

  /** The last lines of the driver's output, for failure messages. */
  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return log
          + ":\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + log, e);
    }
  }

  private static String modelJars() {
    return BuildOutputs.runtimeJars().stream()
        .filter(p -> p.getFileName().toString().matches("stanford-corenlp-.*-models.*\\.jar"))
        .map(p -> "local:" + p)
        .collect(Collectors.joining(","));
  }
}
