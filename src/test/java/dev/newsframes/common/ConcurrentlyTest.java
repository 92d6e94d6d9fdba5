package dev.newsframes.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrentlyTest {

  private static List<Callable<Integer>> squares(int n) {
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int x = i;
      tasks.add(() -> x * x);
    }
    return tasks;
  }

  @Test
  void bothGiveResultsInTaskOrder() {
    List<Integer> expected = List.of(0, 1, 4, 9, 16, 25, 36, 49, 64, 81);
    assertThat(Concurrently.inOrder(squares(10), 3, "t", "testing")).isEqualTo(expected);
    assertThat(Concurrently.inOrderFailFast(squares(10), 3, "t", "testing")).isEqualTo(expected);
  }

  @Test
  void inOrderRunsEveryTaskThenThrowsTheFirstFailureInTaskOrder() {
    AtomicInteger ran = new AtomicInteger();
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      int x = i;
      tasks.add(
          () -> {
            ran.incrementAndGet();
            if (x == 2 || x == 4) {
              throw new IllegalArgumentException("task " + x);
            }
            return x;
          });
    }
    assertThatThrownBy(() -> Concurrently.inOrder(tasks, 2, "t", "testing"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("task 2");
    assertThat(ran).hasValue(6);
  }

  @Test
  void failFastStopsARunningTaskWhenAnotherFails() {
    CountDownLatch never = new CountDownLatch(1);
    AtomicBoolean interrupted = new AtomicBoolean();
    CountDownLatch stopped = new CountDownLatch(1);
    Callable<Integer> blocking =
        () -> {
          try {
            never.await();
            return 0;
          } catch (InterruptedException e) {
            interrupted.set(true);
            throw e;
          } finally {
            stopped.countDown();
          }
        };
    Callable<Integer> failing =
        () -> {
          throw new IllegalStateException("bad sentence");
        };
    // With inOrder this would wait for the blocking task for ever.
    assertThatThrownBy(
            () -> Concurrently.inOrderFailFast(List.of(blocking, failing), 2, "t", "testing"))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("bad sentence");
    assertThat(awaitQuietly(stopped)).as("the blocking task was stopped").isTrue();
    assertThat(interrupted).isTrue();
  }

  @Test
  void checkedFailuresAreWrappedAndErrorsRethrownAsThrown() {
    Callable<Integer> io =
        () -> {
          throw new IOException("disk");
        };
    Callable<Integer> error =
        () -> {
          throw new AssertionError("bug");
        };
    assertThatThrownBy(() -> Concurrently.inOrderFailFast(List.of(io), 1, "t", "testing"))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasCauseExactlyInstanceOf(IOException.class);
    assertThatThrownBy(() -> Concurrently.inOrder(List.of(error), 1, "t", "testing"))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessage("bug");
  }

  private static boolean awaitQuietly(CountDownLatch latch) {
    try {
      return latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
