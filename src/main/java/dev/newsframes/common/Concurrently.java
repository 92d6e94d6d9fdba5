package dev.newsframes.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs independent tasks on a few daemon threads and gives their results in task order. A failed
 * task's own exception is thrown as the task threw it, not wrapped, so a caller sees the same
 * failure as if it had run the tasks in turn. Two ways to meet a failure:
 *
 * <ul>
 *   <li>{@link #inOrder}: every task runs to its end, then the first failure in task order is
 *       thrown. For a few large tasks whose side effects should all be attempted (the trend tables'
 *       writers) and whose failure order should not depend on timing.
 *   <li>{@link #inOrderFailFast}: the first task to fail stops the others (running ones are
 *       interrupted, waiting ones never start) and its failure is thrown. For many small tasks (one
 *       per sentence), where finishing thousands of them after one failed only delays the error.
 * </ul>
 */
public final class Concurrently {
  private Concurrently() {}

  /**
   * The results of {@code tasks}, in their order, after every task has run to its end.
   *
   * @param threads at most this many tasks at once
   * @param threadName the name of the pool's threads, e.g. {@code trends-writer}
   * @param doing what the tasks do, for the message when the caller is interrupted
   */
  public static <T> List<T> inOrder(
      List<? extends Callable<T>> tasks, int threads, String threadName, String doing) {
    ExecutorService pool = pool(threads, threadName);
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
      if (failure != null) {
        throw rethrown(failure);
      }
      return out;
    } catch (InterruptedException e) {
      throw interrupted(doing, e);
    } finally {
      pool.shutdown();
    }
  }

  /**
   * The results of {@code tasks}, in their order; the first task to fail (in time) stops the rest
   * and its exception is thrown. Parameters as in {@link #inOrder}.
   */
  public static <T> List<T> inOrderFailFast(
      List<? extends Callable<T>> tasks, int threads, String threadName, String doing) {
    ExecutorService pool = pool(threads, threadName);
    try {
      CompletionService<T> done = new ExecutorCompletionService<>(pool);
      List<Future<T>> pending = new ArrayList<>();
      tasks.forEach(task -> pending.add(done.submit(task)));
      for (int i = 0; i < pending.size(); i++) {
        done.take().get();
      }
      List<T> out = new ArrayList<>(pending.size());
      for (Future<T> f : pending) {
        out.add(f.get()); // all done: get() no longer waits
      }
      return out;
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    } catch (InterruptedException e) {
      throw interrupted(doing, e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static ExecutorService pool(int threads, String threadName) {
    return Executors.newFixedThreadPool(
        Math.max(1, threads),
        r -> {
          Thread t = new Thread(r, threadName);
          t.setDaemon(true);
          return t;
        });
  }

  /**
   * A task's failure as the caller should see it: unchecked ones as thrown, checked ones wrapped.
   */
  private static RuntimeException rethrown(Throwable failure) {
    if (failure instanceof RuntimeException r) {
      return r;
    } else if (failure instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(failure);
  }

  private static IllegalStateException interrupted(String doing, InterruptedException e) {
    Thread.currentThread().interrupt();
    return new IllegalStateException("interrupted while " + doing, e);
  }
}
