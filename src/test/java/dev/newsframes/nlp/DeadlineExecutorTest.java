package dev.newsframes.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class DeadlineExecutorTest {
  @Test
  void resultWithinTheLimit() throws Exception {
    assertThat(DeadlineExecutor.call(() -> 42, Duration.ofSeconds(10))).as("result").isEqualTo(42);
  }

  @Test
  void taskThatSwallowsOneInterruptIsInterruptedUntilItStops() {
    // like CoreNLP's parser: each interrupt only fails the current "sentence"
    assertThatThrownBy(
            () ->
                DeadlineExecutor.call(
                    () -> {
                      for (int sentence = 0; sentence < 1_000_000; sentence++) {
                        try {
                          Thread.sleep(50);
                        } catch (InterruptedException swallowed) {
                          if (sentence > 3) {
                            return "gave up";
                          }
                        }
                      }
                      return "finished";
                    },
                    Duration.ofMillis(20)))
        .as("timed-out task")
        .isInstanceOf(TimeoutException.class)
        .hasMessageContaining("worker stopped");
  }

  @Test
  void failureOfTheTaskIsReported() {
    assertThatThrownBy(
            () ->
                DeadlineExecutor.call(
                    () -> {
                      throw new IllegalStateException("boom");
                    },
                    Duration.ofSeconds(10)))
        .as("failing task")
        .isInstanceOf(ExecutionException.class)
        .hasRootCauseMessage("boom");
  }
}
