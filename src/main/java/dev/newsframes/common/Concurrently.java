package dev.newsframes.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent tasks on a few daemon threads and gives their results in task order. Every task
 * runs to its end; then the first failed task's own exception (in task order) is thrown as the task
 * threw it, not wrapped, so a caller sees the same failure as if it had run the tasks in turn.
 */
public final class Concurrently {
  private Concurrently() {}

  /**
   * The results of {@code tasks}, in their order.
   *
   * @param threads at most this many tasks at once
   * @param threadName the name of the pool's threads, e.g. {@code trends-writer}
   * @param doing what the tasks do, for the message when the caller is interrupted
   */
  public static <T> List<T> inOrder(
      List<? extends Callable<T>> tasks, int threads, String threadName, String doing) {
    ExecutorService pool =
        Executors.newFixedThreadPool(
            Math.max(1, threads),
            r -> {
              Thread t = new Thread(r, threadName);
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<T>> pending = new ArrayList<>();
      tasks.forEach(task -> pending.add(pool.submit(task)));
      List<T> out = new ArrayList<>();
      Throwable failure = null;
      for (Future<T> f : pending) {
        try {
          out.add(f.get());
        } catch (ExecutionException e) {
          failure = failure == null ? e.getCause() : failure;
        }
      }
      if (failure instanceof RuntimeException r) {
        throw r;
      } else if (failure instanceof Error e) {
        throw e;
      } else if (failure != null) {
        throw new IllegalStateException(failure);
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + doing, e);
    } finally {
      pool.shutdown();
    }
  }
}
