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
 *
 * <p>Abandoned workers that still run are bounded: once {@link #MAX_STUCK} of them are alive, a
 * call fails at once with {@link StuckWorkersException}, which fails the Spark task (retried, maybe
 * on another executor) instead of starting threads without end. So the pool holds at most one
 * thread per calling task thread plus {@code MAX_STUCK}.
 */
final class DeadlineExecutor {
  static final Duration GRACE = Duration.ofSeconds(10);
  static final int MAX_STUCK = Math.max(2, Runtime.getRuntime().availableProcessors());
  private static final long INTERRUPT_EVERY_MS = 2;
  private static final AtomicInteger THREADS = new AtomicInteger();
  private static final DeadlineExecutor SHARED = new DeadlineExecutor(GRACE, MAX_STUCK);

  private final Duration grace;
  private final int maxStuck;
  private final AtomicInteger abandoned = new AtomicInteger();
  private final AtomicInteger stuck = new AtomicInteger();

  /**
   * The workers' stack: CoreNLP recurses once per token on a sentence the parser skips (longer than
   * {@code parse.maxlen}, it gets a flat tree that is then binarized), so one 100,000-character run
   * without a sentence end (a page dump without punctuation) overflowed the default stack and lost
   * the whole article. Reserved, not committed: a thread touches only what it uses. 64 MB is
   * several times what 25,000 tokens (about the most {@code nlp.max-chars} lets through) need, and
   * small enough for a cluster's virtual-memory checks (YARN's vmem check counts reserved stacks).
   */
  static final long WORKER_STACK_BYTES = 64L << 20;

  private final ExecutorService workers =
      Executors.newCachedThreadPool(
          r -> {
            Thread t =
                new Thread(
                    null, r, "newsframes-nlp-" + THREADS.incrementAndGet(), WORKER_STACK_BYTES);
            t.setDaemon(true);
            return t;
          });

  DeadlineExecutor(Duration grace, int maxStuck) {
    this.grace = grace;
    this.maxStuck = maxStuck;
  }

  /** Workers of this JVM that ignored interruption past the grace period since it started. */
  static int abandonedWorkers() {
    return SHARED.abandoned();
  }

  int abandoned() {
    return abandoned.get();
  }

  /** Abandoned workers still running. */
  int stuck() {
    return stuck.get();
  }

  /** Too many abandoned workers still run in this JVM to start another. */
  static final class StuckWorkersException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    StuckWorkersException(String message) {
      super(message);
    }
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
    return SHARED.run(task, limit);
  }

  /**
   * As {@link #call}, on this executor.
   *
   * @throws StuckWorkersException when {@code maxStuck} abandoned workers still run
   */
  <T> T run(Callable<T> task, Duration limit)
      throws TimeoutException, ExecutionException, InterruptedException {
    int running = stuck.get();
    if (running >= maxStuck) {
      throw new StuckWorkersException(
          running
              + " NLP workers of this JVM ignored interruption and still run (limit "
              + maxStuck
              + ", "
              + abandoned.get()
              + " abandoned in all): no more are started, this task fails and Spark retries it");
    }
    Worker<T> worker = new Worker<>(task, stuck);
    Future<T> future = workers.submit(worker);
    try {
      return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new TimeoutException(stop(future, worker));
    } catch (InterruptedException e) {
      stop(future, worker);
      throw e;
    }
  }

  private String stop(Future<?> future, Worker<?> worker) {
    long start = System.nanoTime();
    future.cancel(true);
    long graceNanos = grace.toNanos();
    try {
      while (!worker.awaitDone(INTERRUPT_EVERY_MS)) {
        if (System.nanoTime() - start > graceNanos && worker.abandon()) {
          abandoned.incrementAndGet();
          return "the worker ignored interruption for "
              + grace.toMillis() / 1000.0
              + " s and was abandoned ("
              + stuck.get()
              + " abandoned workers still run)";
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
    private final AtomicInteger stuck;
    private final CountDownLatch done = new CountDownLatch(1);
    private Thread thread; // guarded by this
    private boolean started; // guarded by this
    private boolean finished; // guarded by this
    private boolean abandoned; // guarded by this

    Worker(Callable<T> task, AtomicInteger stuck) {
      this.task = task;
      this.stuck = stuck;
    }

    /** Counts this worker as stuck, unless it has finished meanwhile (then false). */
    synchronized boolean abandon() {
      if (finished) {
        return false;
      }
      abandoned = true;
      stuck.incrementAndGet();
      return true;
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
          finished = true;
          if (abandoned) {
            stuck.decrementAndGet();
          }
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
