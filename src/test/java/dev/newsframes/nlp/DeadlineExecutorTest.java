package dev.newsframes.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
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
  void workersHaveTheStackForCoreNlpsRecursionOverALongSentence() throws Exception {
    // A flat tree of ~25,000 tokens (100,000 characters without a sentence end) is binarized by
    // one recursive call per token; 200,000 frames overflow the JVM's default 1 MB stack.
    int depth = 200_000;
    assertThat(DeadlineExecutor.call(() -> depthOf(depth), Duration.ofSeconds(60)))
        .isEqualTo(depth);
    AtomicBoolean overflowed = new AtomicBoolean();
    Thread small =
        new Thread(
            () -> {
              try {
                depthOf(depth);
              } catch (StackOverflowError e) {
                overflowed.set(true);
              }
            });
    small.start();
    small.join();
    assertThat(overflowed).as("the same recursion on a default thread").isTrue();
  }

  private static int depthOf(int n) {
    return n == 0 ? 0 : 1 + depthOf(n - 1);
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

  @Test
  void abandonedWorkersThatStillRunAreBoundedAndCounted() throws Exception {
    DeadlineExecutor executor = new DeadlineExecutor(Duration.ofMillis(50), 1);
    CountDownLatch release = new CountDownLatch(1);
    Callable<String> stubborn =
        () -> {
          while (true) {
            try {
              return release.await(1, TimeUnit.HOURS) ? "done" : "late";
            } catch (InterruptedException ignored) {
              // swallowed
            }
          }
        };
    assertThatThrownBy(() -> executor.run(stubborn, Duration.ofMillis(10)))
        .isInstanceOf(TimeoutException.class)
        .hasMessageContaining("abandoned (1 abandoned workers still run)");
    assertThat(executor.stuck()).as("still running").isEqualTo(1);
    assertThatThrownBy(() -> executor.run(() -> 42, Duration.ofSeconds(10)))
        .as("no thread is started past the limit")
        .isInstanceOf(DeadlineExecutor.StuckWorkersException.class)
        .hasMessageContaining("1 NLP workers of this JVM ignored interruption")
        .hasMessageContaining("limit 1");
    release.countDown();
    for (int i = 0; i < 200 && executor.stuck() > 0; i++) {
      Thread.sleep(10);
    }
    assertThat(executor.stuck()).as("the abandoned worker finished").isZero();
    assertThat(executor.abandoned()).as("abandoned in all").isEqualTo(1);
    assertThat(executor.run(() -> 42, Duration.ofSeconds(10))).isEqualTo(42);
  }
}
