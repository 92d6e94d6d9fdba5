package dev.newsframes.nlp;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a task on a worker thread with a wall-clock limit, and stops it when the limit passes.
 *
 * <p>CoreNLP checks for interruption inside the tagger, the NER CRF and the parsers, but its parser
 * and NER annotators catch the interruption, give up on that one sentence and go on with the next.
 * So after the deadline the worker is interrupted repeatedly until it returns, which makes the
 * remaining sentences fail fast; a worker that still runs after {@link #GRACE} is abandoned (a
 * cached pool replaces it) and counted in {@link #abandonedWorkers()}.
 */
final class DeadlineExecutor {
  static final Duration GRACE = Duration.ofSeconds(10);
  private static final long INTERRUPT_EVERY_MS = 2;

  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final AtomicInteger ABANDONED = new AtomicInteger();
  private static final ExecutorService WORKERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "newsframes-nlp-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  private DeadlineExecutor() {}

  /** Workers that ignored interruption past the grace period since the JVM started. */
  static int abandonedWorkers() {
    return ABANDONED.get();
  }

  /**
   * The task's result.
   *
   * @throws TimeoutException past the limit; its message says how the worker was stopped
   * @throws ExecutionException if the task threw
   * @throws InterruptedException if the calling thread was interrupted (the task is stopped too)
   */
  static <T> T call(Callable<T> task, Duration limit)
      throws TimeoutException, ExecutionException, InterruptedException {
    Worker<T> worker = new Worker<>(task);
    Future<T> future = WORKERS.submit(worker);
    try {
      return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new TimeoutException(stop(future, worker));
    } catch (InterruptedException e) {
      stop(future, worker);
      throw e;
    }
  }

  private static String stop(Future<?> future, Worker<?> worker) {
    long start = System.nanoTime();
    future.cancel(true);
    long graceNanos = GRACE.toNanos();
    try {
      while (!worker.awaitDone(INTERRUPT_EVERY_MS)) {
        if (System.nanoTime() - start > graceNanos) {
          ABANDONED.incrementAndGet();
          return "the worker ignored interruption for "
              + GRACE.toSeconds()
              + " s and was abandoned";
        }
        worker.interrupt();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while stopping the worker";
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    return "the worker stopped " + ms + " ms after interruption";
  }

  /** The task plus the thread running it, which is interrupted only while inside the task. */
  private static final class Worker<T> implements Callable<T> {
    private final Callable<T> task;
    private final CountDownLatch done = new CountDownLatch(1);
    private Thread thread; // guarded by this
    private boolean started; // guarded by this

    Worker(Callable<T> task) {
      this.task = task;
    }

    @Override
    public T call() throws Exception {
      synchronized (this) {
        started = true;
        thread = Thread.currentThread();
      }
      try {
        return task.call();
      } finally {
        synchronized (this) {
          thread = null; // from here on the pool may reuse the thread: never interrupt it
        }
        done.countDown();
      }
    }

    synchronized void interrupt() {
      if (thread != null) {
        thread.interrupt();
      }
    }

    /** True once the task has finished, or when it was cancelled before it started. */
    boolean awaitDone(long millis) throws InterruptedException {
      synchronized (this) {
        if (!started) {
          return true;
        }
      }
      return done.await(millis, TimeUnit.MILLISECONDS);
    }
  }
}
