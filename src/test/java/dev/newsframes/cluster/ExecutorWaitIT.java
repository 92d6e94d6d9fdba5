package dev.newsframes.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A job asking a standalone cluster for executors larger than any worker (4 cores, 8g from one
 * 1-core 1g Worker) ends by itself, naming what it asked and what the workers offer, instead of
 * waiting forever. Through {@code scripts/submit.sh} and the job jar; files under {@code
 * target/cluster-it-wait/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExecutorWaitIT {
  private static final Path DIR = BuildOutputs.target().resolve("cluster-it-wait");
  private static final StandaloneCluster.Options ONE_SMALL_WORKER =
      new StandaloneCluster.Options(1, 1, "1g");
  private static final Duration WAIT = Duration.ofSeconds(20);

  /**
   * Far above the wait: a spark-submit JVM and a SparkContext take 10-60 s to start on the shared
   * 2-core machine. Before the fix the job never ended (the submission's own limit is 10 min).
   */
  private static final Duration START_ALLOWANCE = Duration.ofSeconds(150);

  private static final List<String> TOO_LARGE =
      List.of("--conf", "spark.executor.cores=4", "--conf", "spark.executor.memory=8g");

  private StandaloneCluster cluster;
  private Path input;

  @BeforeAll
  void startCluster() throws IOException {
    StandaloneCluster.stopLeftovers(DIR.resolve("cluster"));
    deleteRecursively(DIR);
    cluster = StandaloneCluster.start(DIR.resolve("cluster"), ONE_SMALL_WORKER);
    input = ClusterCorpora.smallCorpus(DIR.resolve("input"));
  }

  @AfterAll
  void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void anExecutorLargerThanEveryWorkerIsRefusedAtOnce() throws IOException {
    Path warehouse = DIR.resolve("refused/warehouse");
    Ended run = ingest(warehouse, cluster.masterWebUi(), DIR.resolve("refused/driver.log"));

    assertThat(run.exit()).as("exit code\n%s", run.log()).isEqualTo(2);
    assertThat(run.log())
        .as("driver log")
        .contains(
            "newsframes ingest: no worker of "
                + cluster.masterUrl()
                + " can ever run an executor of the size asked: asked for"
                + " spark.executor.cores=4, spark.executor.memory=8g (8192 MB); the master lists"
                + " 1 alive worker, the largest 1 core and 1024 MB (free now: 1 core and 1024 MB"
                + " at most). Ask for smaller executors or add larger workers")
        .doesNotContain("waiting up to");
    assertThat(run.took()).as("time to exit").isLessThan(START_ALLOWANCE);
    assertManifest(warehouse, 2, "refused");
  }

  @Test
  void whenTheWorkersCannotBeReadTheWaitEndsAtTheBound() throws IOException {
    Path warehouse = DIR.resolve("bound/warehouse");
    String nowhere = "http://127.0.0.1:" + StandaloneCluster.freePort();
    Ended run = ingest(warehouse, nowhere, DIR.resolve("bound/driver.log"));

    assertThat(run.exit()).as("exit code\n%s", run.log()).isEqualTo(1);
    assertThat(run.log())
        .as("driver log")
        .contains(
            "newsframes ingest failed: no executor registered with "
                + cluster.masterUrl()
                + " within 20 s (--executor-wait): asked for spark.executor.cores=4,"
                + " spark.executor.memory=8g (8192 MB); what the workers offer is unknown: cannot"
                + " read "
                + nowhere
                + "/json/ (ConnectException")
        .contains("name the master's web UI with --master-ui URL");
    assertThat(run.took()).as("time to exit").isGreaterThanOrEqualTo(WAIT);
    assertThat(run.took()).as("time to exit").isLessThan(WAIT.plus(START_ALLOWANCE));
    assertManifest(warehouse, 1, "failed");
  }

  private record Ended(int exit, Duration took, String log) {}

  private Ended ingest(Path warehouse, String masterUi, Path log) throws IOException {
    Files.createDirectories(log.getParent());
    List<String> command =
        new ArrayList<>(
            List.of(
                "ingest",
                "--input",
                input.toString(),
                "--warehouse",
                warehouse.toString(),
                "--executor-wait",
                String.valueOf(WAIT.toSeconds()),
                "--master-ui",
                masterUi));
    long t0 = System.nanoTime();
    int exit = Submission.run(cluster, TOO_LARGE, command, log);
    Duration took = Duration.ofNanos(System.nanoTime() - t0);
    System.out.printf(
        Locale.ROOT, "cluster-it-wait: %s exit %d in %.1fs%n", log, exit, took.toMillis() / 1e3);
    return new Ended(exit, took, Files.readString(log, StandardCharsets.UTF_8));
  }

  /** The run manifest records the process's exit code, and the lock is free for the next run. */
  private static void assertManifest(Path warehouse, int exit, String status) throws IOException {
    List<Path> manifests;
    try (Stream<Path> runs = Files.list(warehouse.resolve("_runs"))) {
      manifests = runs.filter(p -> p.toString().endsWith(".json")).toList();
    }
    assertThat(manifests).as("run manifests").hasSize(1);
    JsonNode doc = new ObjectMapper().readTree(manifests.get(0).toFile());
    assertThat(doc.get("exit_code").asInt()).as("manifest exit_code").isEqualTo(exit);
    assertThat(doc.get("status").asText()).as("manifest status").isEqualTo(status);
    Path lock = warehouse.resolve("_lock");
    assertThat(!Files.exists(lock) || Files.size(lock) == 0)
        .as("_lock absent or empty (released)")
        .isTrue();
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
