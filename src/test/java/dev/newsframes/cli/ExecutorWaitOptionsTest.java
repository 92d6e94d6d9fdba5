package dev.newsframes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.runtime.ExecutorRequest;
import dev.newsframes.runtime.MasterState;
import dev.newsframes.runtime.NoExecutorException;
import dev.newsframes.testing.CommandRun;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --executor-wait is checked before Spark starts; no executor maps to the documented codes. */
class ExecutorWaitOptionsTest {
  @TempDir Path dir;

  @Test
  void aNegativeWaitIsAUsageError() {
    CommandRun r =
        CommandRun.of(
            new IngestCommand(),
            "--warehouse",
            dir.resolve("wh").toString(),
            "--input",
            dir.toString(),
            "--executor-wait",
            "-1");

    assertThat(r.exitCode()).as("exit code; stderr " + r.err()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).as("message").contains("--executor-wait must be 0 or more seconds, got -1");
    assertThat(dir.resolve("wh")).as("nothing written").doesNotExist();
  }

  @Test
  void noWorkerThatFitsIsRefusedAndNoneWithinTheBoundIsAFailure() {
    ExecutorRequest asked = ExecutorRequest.of(Map.of("spark.executor.cores", "4"));
    MasterState small =
        new MasterState(
            "ALIVE", List.of(new MasterState.Worker("127.0.0.1:1", "ALIVE", 1, 1, 1024, 1024)));

    assertThat(ExitCode.of(NoExecutorException.noWorkerFits("spark://m:7077", asked, small)))
        .as("no worker can ever run one executor: the options ask for what is not there")
        .isEqualTo(ExitCode.USAGE);
    assertThat(
            ExitCode.of(
                NoExecutorException.noneRegistered(
                    "spark://m:7077", asked, Duration.ofSeconds(1), small)))
        .as("none within the bound: a busy or broken cluster")
        .isEqualTo(ExitCode.FAILURE);
    assertThat(
            ExitCode.of(
                NoExecutorException.noneRegistered(
                    "spark://m:7077", asked, Duration.ofSeconds(1), new IOException("x"))))
        .as("none within the bound, offer unknown")
        .isEqualTo(ExitCode.FAILURE);
  }
}
