package dev.newsframes.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.cli.Main;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The pipeline through {@code scripts/submit.sh} and the job jar on a real standalone cluster (a
 * Master and two one-core Workers on 127.0.0.1), compared table by table, row by row, with a local
 * run of the same commands in this JVM.
 *
 * <p>Everything is under {@code target/cluster-it/}: daemon logs, executor logs ({@code
 * cluster/worker-N/app-.../N/stderr}), driver logs ({@code *.log}), warehouses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterPipelineIT {
  private static final Path DIR = BuildOutputs.target().resolve("cluster-it");

  /** Two one-core Workers, each offering exactly the executor memory of jobs/local.conf. */
  private static final StandaloneCluster.Options CLUSTER =
      new StandaloneCluster.Options(2, 1, JobConf.local().get("spark.executor.memory"));

  /** Each task of the killed job sleeps this long first, so the kill lands inside a task. */
  private static final Duration TASK_DELAY = Duration.ofSeconds(3);

  /** Task starts to wait for before the kill: the job is under way, with most of it ahead. */
  private static final int TASKS_BEFORE_KILL = 3;

  private StandaloneCluster cluster;

  /**
   * The commands the pipeline test runs, in order. Stages add themselves here as they land (or the
   * list becomes the single {@code run} command).
   */
  static List<List<String>> pipeline(Path input, Path warehouse) {
    return List.of(
        List.of("run", "--input", input.toString(), "--warehouse", warehouse.toString()));
  }

  /** Commands the fault test runs undisturbed before {@link #faultCommand}. */
  static List<List<String>> faultPrelude(Path input, Path warehouse) {
    return List.of(
        List.of("ingest", "--input", input.toString(), "--warehouse", warehouse.toString()));
  }

  /** The command during which the fault test kills an executor: annotate, the costly stage. */
  static List<String> faultCommand(Path input, Path warehouse) {
    return List.of("annotate", "--warehouse", warehouse.toString());
  }

  @BeforeAll
  void startCluster() throws IOException {
    StandaloneCluster.stopLeftovers(DIR.resolve("cluster"));
    deleteRecursively(DIR);
    long t0 = System.nanoTime();
    cluster = StandaloneCluster.start(DIR.resolve("cluster"), CLUSTER);
    lap("cluster started (master + 2 workers registered)", t0);
  }

  @AfterAll
  void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void pipelineOnClusterEqualsLocalRun() throws IOException {
    Path input = ClusterCorpora.smallCorpus(DIR.resolve("small/input"));
    Path local = DIR.resolve("small/local-warehouse");
    Path remote = DIR.resolve("small/cluster-warehouse");
    long t0 = System.nanoTime();
    runLocally(pipeline(input, local));
    lap("small corpus: local run", t0);
    t0 = System.nanoTime();
    int step = 0;
    for (List<String> command : pipeline(input, remote)) {
      Path log = DIR.resolve("small/driver-" + ++step + "-" + command.get(0) + ".log");
      Submission s = Submission.start(cluster, List.of(), command, log);
      assertThat(s.awaitExit())
          .as("exit code of %s on the cluster\n%s", command, s.logTail())
          .isZero();
    }
    lap("small corpus: cluster run", t0);

    Map<String, List<String>> expected = WarehouseContents.of(spark(), local);
    assertThat(expected)
        .as("tables of the local run")
        .containsKeys("articles", "rejects", "duplicates");
    assertThat(expected.get("articles")).as("articles of the local run").hasSizeGreaterThan(8);
    assertThat(expected.get("rejects")).as("rejects of the local run").isNotEmpty();
    assertSameTables(WarehouseContents.of(spark(), remote), expected);
  }

  @Test
  void executorKilledMidJobLosesNoRows() throws IOException {
    Path input = ClusterCorpora.generatedCorpus(DIR.resolve("fault/input"), 24);
    Path local = DIR.resolve("fault/local-warehouse");
    Path remote = DIR.resolve("fault/cluster-warehouse");
    Path taskLog = Files.createDirectories(DIR.resolve("fault/task-log"));
    Files.writeString(TaskLog.slowMarker(taskLog), "tasks sleep while this file exists\n");
    List<List<String>> localCommands = new ArrayList<>(faultPrelude(input, local));
    localCommands.add(faultCommand(input, local));
    long t0 = System.nanoTime();
    runLocally(localCommands);
    lap("generated corpus: local run", t0);
    t0 = System.nanoTime();
    for (List<String> command : faultPrelude(input, remote)) {
      Path log = DIR.resolve("fault/driver-prelude-" + command.get(0) + ".log");
      assertThat(Submission.run(cluster, List.of(), command, log)).as("%s", command).isZero();
    }

    List<String> slowTasks =
        List.of(
            "--jars", pluginJar().toString(),
            "--conf", "spark.plugins=" + SlowTasksPlugin.class.getName(),
            "--conf", SlowTasksPlugin.DELAY + "=" + TASK_DELAY.toMillis(),
            "--conf", SlowTasksPlugin.LOG_DIR + "=" + taskLog);
    Submission s =
        Submission.start(
            cluster, slowTasks, faultCommand(input, remote), DIR.resolve("fault/driver.log"));
    TaskLog.TaskStart victim = awaitTaskStarts(taskLog, TASKS_BEFORE_KILL, s);
    int startsAtKill = TaskLog.read(taskLog).size();
    assertThat(cluster.isDescendant(victim.pid()))
        .as("pid %d runs under one of the test cluster's workers", victim.pid())
        .isTrue();
    ProcessHandle executor = ProcessHandle.of(victim.pid()).orElseThrow();
    executor.destroyForcibly();
    Files.delete(TaskLog.slowMarker(taskLog)); // the rest of the job at full speed
    int exit = s.awaitExit();

    lap("generated corpus: cluster run with an executor killed", t0);
    assertThat(exit).as("exit code after an executor was killed\n%s", s.logTail()).isZero();
    assertThat(executor.isAlive()).as("killed executor %d", victim.pid()).isFalse();
    List<TaskLog.TaskStart> starts = TaskLog.read(taskLog);
    assertThat(starts.size())
        .as("task starts after the kill (of %d before)", startsAtKill)
        .isGreaterThan(startsAtKill);
    assertThat(starts)
        .as("task attempts: one retried after the kill")
        .anyMatch(TaskLog.TaskStart::isRetry);
    assertSameTables(WarehouseContents.of(spark(), remote), WarehouseContents.of(spark(), local));
  }

  private static void lap(String what, long startNanos) {
    System.out.printf(
        Locale.ROOT, "cluster-it: %s in %.1fs%n", what, (System.nanoTime() - startNanos) / 1e9);
  }

  private static void assertSameTables(
      Map<String, List<String>> actual, Map<String, List<String>> expected) {
    assertThat(actual.keySet()).as("tables written on the cluster").isEqualTo(expected.keySet());
    expected.forEach(
        (table, rows) ->
            assertThat(actual.get(table))
                .as("rows of table %s on the cluster vs the local run", table)
                .containsExactlyElementsOf(rows));
  }

  /** Waits until {@code n} task starts are recorded; returns the latest (its task is running). */
  private static TaskLog.TaskStart awaitTaskStarts(Path taskLog, int n, Submission s) {
    long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
    while (System.nanoTime() < deadline) {
      List<TaskLog.TaskStart> starts = TaskLog.read(taskLog);
      if (starts.size() >= n) {
        return starts.stream()
            .max(Comparator.comparingLong(TaskLog.TaskStart::epochMillis))
            .orElseThrow();
      }
      if (!s.isAlive()) {
        throw new AssertionError(
            "The job ended after "
                + starts.size()
                + " task starts, before the kill\n"
                + s.logTail());
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted while waiting for task starts", e);
      }
    }
    throw new AssertionError("Fewer than " + n + " task starts within 5 minutes\n" + s.logTail());
  }

  /** The commands in this JVM, embedded Spark {@code local[2]}, each expected to succeed. */
  private static void runLocally(List<List<String>> commands) {
    for (List<String> command : commands) {
      List<String> args = new ArrayList<>(command);
      args.addAll(List.of("--master", "local[2]"));
      assertThat(Main.execute(args.toArray(String[]::new))).as("local %s", command).isZero();
    }
  }

  private static SparkSession spark() {
    return SparkSession.active();
  }

  /** A jar of the plugin's classes from target/test-classes, for spark-submit's --jars. */
  private static Path pluginJar() throws IOException {
    Path classes = BuildOutputs.target().resolve("test-classes");
    Path jar = DIR.resolve("slow-tasks-plugin.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
        Stream<Path> files = Files.list(classes.resolve("dev/newsframes/cluster"))) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        if (name.startsWith("SlowTasksPlugin") || name.startsWith("TaskLog")) {
          out.putNextEntry(new JarEntry("dev/newsframes/cluster/" + name));
          Files.copy(f, (OutputStream) out);
          out.closeEntry();
        }
      }
    }
    return jar;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
