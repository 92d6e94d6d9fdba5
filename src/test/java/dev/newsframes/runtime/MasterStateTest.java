package dev.newsframes.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MasterStateTest {
  /** The shape of a Spark 4.2 master's /json/: one alive 1-core 1g worker, one dead larger one. */
  static final String ONE_SMALL_ALIVE_ONE_LARGE_DEAD =
      """
      {
        "url" : "spark://127.0.0.1:7177",
        "workers" : [ {
          "id" : "worker-20261203235247-127.0.0.1-39915",
          "host" : "127.0.0.1", "port" : 39915, "webuiaddress" : "http://127.0.0.1:44649",
          "cores" : 1, "coresused" : 0, "coresfree" : 1,
          "memory" : 1024, "memoryused" : 0, "memoryfree" : 1024,
          "resources" : { }, "resourcesused" : { }, "resourcesfree" : { },
          "state" : "ALIVE", "lastheartbeat" : 1796341985147
        }, {
          "id" : "worker-20261203230000-127.0.0.1-40000",
          "host" : "127.0.0.1", "port" : 40000, "webuiaddress" : "http://127.0.0.1:44650",
          "cores" : 8, "coresused" : 0, "coresfree" : 8,
          "memory" : 16384, "memoryused" : 0, "memoryfree" : 16384,
          "state" : "DEAD", "lastheartbeat" : 1796341000000
        } ],
        "aliveworkers" : 1, "cores" : 1, "coresused" : 0, "memory" : 1024, "memoryused" : 0,
        "activeapps" : [ {
          "id" : "app-20261203235301-0000", "name" : "newsframes ingest", "cores" : 0,
          "memoryperexecutor" : 8192, "state" : "WAITING"
        } ],
        "completedapps" : [ ], "activedrivers" : [ ], "completeddrivers" : [ ],
        "status" : "ALIVE"
      }
      """;

  /** Two alive 4-core 8g workers, one fully used by another application. */
  static final String TWO_BUSY =
      """
      {"workers": [
        {"host": "10.0.0.1", "port": 7078, "cores": 4, "coresfree": 0, "memory": 8192,
         "memoryfree": 0, "state": "ALIVE"},
        {"host": "10.0.0.2", "port": 7078, "cores": 4, "coresfree": 1, "memory": 8192,
         "memoryfree": 1024, "state": "ALIVE"}],
       "status": "ALIVE"}
      """;

  private static final ExecutorRequest FOUR_CORES_8G =
      ExecutorRequest.of(Map.of("spark.executor.cores", "4", "spark.executor.memory", "8g"));

  @Test
  void theWorkersAreReadFromTheMastersJson() throws IOException {
    MasterState s = MasterState.parse(ONE_SMALL_ALIVE_ONE_LARGE_DEAD);

    assertThat(s.status()).as("master status").isEqualTo("ALIVE");
    assertThat(s.workers())
        .as("workers")
        .containsExactly(
            new MasterState.Worker("127.0.0.1:39915", "ALIVE", 1, 1, 1024, 1024),
            new MasterState.Worker("127.0.0.1:40000", "DEAD", 8, 8, 16384, 16384));
    assertThat(s.alive()).as("alive workers").hasSize(1);
    assertThat(s.describe())
        .as("what the workers offer")
        .isEqualTo(
            "1 alive worker (and 1 not alive), the largest 1 core and 1024 MB (free now: 1 core"
                + " and 1024 MB at most)");
  }

  @Test
  void aRequestNoAliveWorkerCanHoldCanNeverRun() throws IOException {
    MasterState small = MasterState.parse(ONE_SMALL_ALIVE_ONE_LARGE_DEAD);

    assertThat(small.canNeverRun(FOUR_CORES_8G))
        .as("4 cores / 8g on an alive 1-core 1g worker (the large one is dead)")
        .isTrue();
    assertThat(small.canNeverRun(ExecutorRequest.of(Map.of("spark.executor.memory", "1g"))))
        .as("1 core / 1g on the 1-core 1g worker")
        .isFalse();
  }

  @Test
  void aBusyClusterThatCouldHoldTheExecutorIsLeftToTheBound() throws IOException {
    MasterState busy = MasterState.parse(TWO_BUSY);

    assertThat(busy.canNeverRun(FOUR_CORES_8G))
        .as("4 cores / 8g on 4-core 8g workers that other applications hold")
        .isFalse();
    assertThat(busy.describe())
        .as("what the workers offer")
        .isEqualTo(
            "2 alive workers, the largest 4 cores and 8192 MB (free now: 1 core and 1024 MB at"
                + " most)");
  }

  @Test
  void noAliveWorkerIsLeftToTheBoundWorkersMayStillBeRegistering() throws IOException {
    MasterState none = MasterState.parse("{\"workers\": [], \"status\": \"ALIVE\"}");

    assertThat(none.canNeverRun(FOUR_CORES_8G)).as("no worker yet").isFalse();
    assertThat(none.describe()).as("what the workers offer").isEqualTo("no alive worker");
  }

  @Test
  void sparkCoresMaxBelowOneExecutorCanNeverRun() throws IOException {
    ExecutorRequest capped =
        ExecutorRequest.of(Map.of("spark.executor.cores", "4", "spark.cores.max", "2"));

    assertThat(MasterState.parse(TWO_BUSY).canNeverRun(capped))
        .as("spark.cores.max=2 with 4-core executors, on 4-core workers")
        .isTrue();
  }

  @Test
  void somethingElseIsNotAMastersState() {
    assertThatThrownBy(() -> MasterState.parse("{\"status\": \"ALIVE\"}"))
        .as("no workers list")
        .isInstanceOf(IOException.class)
        .hasMessage("not a Spark master's state: no workers list");
    assertThatThrownBy(() -> MasterState.parse("<html>"))
        .as("not JSON")
        .isInstanceOf(IOException.class);
  }

  @Test
  void theMastersWebUiIsPort8080OfEachMasterHostUnlessNamed() {
    assertThat(MasterState.jsonUris("spark://127.0.0.1:7177", Optional.empty()))
        .as("one master")
        .containsExactly(URI.create("http://127.0.0.1:8080/json/"));
    assertThat(MasterState.jsonUris("spark://m1:7077,m2:7077", Optional.empty()))
        .as("high-availability masters")
        .containsExactly(URI.create("http://m1:8080/json/"), URI.create("http://m2:8080/json/"));
    assertThat(
            MasterState.jsonUris(
                "spark://127.0.0.1:7177", Optional.of(URI.create("http://127.0.0.1:8181"))))
        .as("named")
        .isEqualTo(List.of(URI.create("http://127.0.0.1:8181/json/")));
    assertThat(
            MasterState.jsonUris(
                "spark://127.0.0.1:7177", Optional.of(URI.create("http://127.0.0.1:8181/json"))))
        .as("named with its /json")
        .isEqualTo(List.of(URI.create("http://127.0.0.1:8181/json/")));
  }
}
