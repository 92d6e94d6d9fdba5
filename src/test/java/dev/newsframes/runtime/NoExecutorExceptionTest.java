package dev.newsframes.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoExecutorExceptionTest {
  private static final String MASTER = "spark://127.0.0.1:7177";
  private static final ExecutorRequest FOUR_CORES_8G =
      ExecutorRequest.of(Map.of("spark.executor.cores", "4", "spark.executor.memory", "8g"));

  @Test
  void noWorkerFitsNamesWhatWasAskedAndWhatTheWorkersOffer() throws IOException {
    NoExecutorException e =
        NoExecutorException.noWorkerFits(
            MASTER,
            FOUR_CORES_8G,
            MasterState.parse(MasterStateTest.ONE_SMALL_ALIVE_ONE_LARGE_DEAD));

    assertThat(e.reason()).as("reason").isEqualTo(NoExecutorException.Reason.NO_WORKER_FITS);
    assertThat(e.getMessage())
        .as("message")
        .isEqualTo(
            "no worker of spark://127.0.0.1:7177 can ever run an executor of the size asked:"
                + " asked for spark.executor.cores=4, spark.executor.memory=8g (8192 MB); the"
                + " master lists 1 alive worker (and 1 not alive), the largest 1 core and 1024 MB"
                + " (free now: 1 core and 1024 MB at most). Ask for smaller executors or add"
                + " larger workers");
  }

  @Test
  void sparkCoresMaxBelowOneExecutorIsNamed() throws IOException {
    ExecutorRequest capped =
        ExecutorRequest.of(Map.of("spark.executor.cores", "4", "spark.cores.max", "2"));

    NoExecutorException e =
        NoExecutorException.noWorkerFits(
            MASTER, capped, MasterState.parse(MasterStateTest.TWO_BUSY));

    assertThat(e.getMessage())
        .as("message")
        .isEqualTo(
            "spark://127.0.0.1:7177 can never start an executor, spark.cores.max is below"
                + " spark.executor.cores: asked for spark.executor.cores=4, spark.executor.memory=1g"
                + " (1024 MB), spark.cores.max=2; the master lists 2 alive workers, the largest 4"
                + " cores and 8192 MB (free now: 1 core and 1024 MB at most)");
  }

  @Test
  void noneRegisteredNamesTheBoundAndWhatTheWorkersOfferNow() throws IOException {
    NoExecutorException e =
        NoExecutorException.noneRegistered(
            MASTER,
            FOUR_CORES_8G,
            Duration.ofSeconds(120),
            MasterState.parse(MasterStateTest.TWO_BUSY));

    assertThat(e.reason()).as("reason").isEqualTo(NoExecutorException.Reason.NONE_REGISTERED);
    assertThat(e.getMessage())
        .as("message")
        .isEqualTo(
            "no executor registered with spark://127.0.0.1:7177 within 120 s (--executor-wait):"
                + " asked for spark.executor.cores=4, spark.executor.memory=8g (8192 MB); the"
                + " master lists 2 alive workers, the largest 4 cores and 8192 MB (free now: 1 core"
                + " and 1024 MB at most)");
  }

  @Test
  void anOfferThatCannotBeReadIsSaidSo() {
    NoExecutorException e =
        NoExecutorException.noneRegistered(
            MASTER,
            FOUR_CORES_8G,
            Duration.ofSeconds(20),
            new IOException(
                "cannot read http://127.0.0.1:8080/json/ (ConnectException)",
                new ConnectException()));

    assertThat(e.getMessage())
        .as("message")
        .isEqualTo(
            "no executor registered with spark://127.0.0.1:7177 within 20 s (--executor-wait):"
                + " asked for spark.executor.cores=4, spark.executor.memory=8g (8192 MB); what the"
                + " workers offer is unknown: cannot read http://127.0.0.1:8080/json/"
                + " (ConnectException); name the master's web UI with --master-ui URL");
  }
}
