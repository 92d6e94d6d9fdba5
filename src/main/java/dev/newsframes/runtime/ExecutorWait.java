package dev.newsframes.runtime;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorAdded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;

/**
 * Fails a standalone application that gets no executor, instead of letting its first job wait
 * forever ("Initial job has not accepted any resources"). Checks the master's workers first and
 * fails at once when none could ever run one executor of the size asked; otherwise waits for one to
 * register ({@link SparkListener#onExecutorAdded}) for a bounded time.
 */
public final class ExecutorWait {
  private static final Logger LOG = LoggerFactory.getLogger("newsframes");

  private ExecutorWait() {}

  /**
   * Returns once an executor has registered; throws {@link NoExecutorException} when none can or
   * did within {@code bound}. Does nothing unless the master is {@code spark://} and the bound is
   * positive; with dynamic allocation only the up-front check runs, since executors are then asked
   * for when tasks are.
   *
   * @param masterUi the master's web UI (its {@code /json/} lists the workers); default port 8080
   *     of the master's host
   */
  public static void await(SparkContext sc, Duration bound, Optional<URI> masterUi) {
    String master = sc.master();
    if (!master.startsWith("spark://") || bound.isZero() || bound.isNegative()) {
      return;
    }
    Map<String, String> conf = new HashMap<>();
    for (Tuple2<String, String> kv : sc.getConf().getAll()) {
      conf.put(kv._1(), kv._2());
    }
    ExecutorRequest asked = ExecutorRequest.of(conf);
    List<URI> uris = MasterState.jsonUris(master, masterUi);
    CountDownLatch added = new CountDownLatch(1);
    SparkListener listener =
        new SparkListener() {
          @Override
          public void onExecutorAdded(SparkListenerExecutorAdded event) {
            added.countDown();
          }
        };
    sc.addSparkListener(listener);
    try {
      if (registered(sc)) {
        return;
      }
      Optional<MasterState> state = readQuietly(uris);
      if (state.isPresent() && state.get().canNeverRun(asked)) {
        throw NoExecutorException.noWorkerFits(master, asked, state.get());
      }
      if (Boolean.parseBoolean(conf.getOrDefault("spark.dynamicAllocation.enabled", "false"))) {
        return;
      }
      LOG.info(
          "waiting up to {} s for an executor from {} ({})",
          bound.toSeconds(),
          master,
          asked.describe());
      if (added.await(bound.toMillis(), TimeUnit.MILLISECONDS) || registered(sc)) {
        return;
      }
      throw afterTheBound(master, asked, bound, uris);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for an executor", e);
    } finally {
      sc.removeSparkListener(listener);
    }
  }

  /** The driver is listed too. */
  private static boolean registered(SparkContext sc) {
    return sc.statusTracker().getExecutorInfos().length > 1;
  }

  private static NoExecutorException afterTheBound(
      String master, ExecutorRequest asked, Duration bound, List<URI> uris) {
    try {
      MasterState state = MasterState.read(uris);
      return state.canNeverRun(asked)
          ? NoExecutorException.noWorkerFits(master, asked, state)
          : NoExecutorException.noneRegistered(master, asked, bound, state);
    } catch (IOException e) {
      return NoExecutorException.noneRegistered(master, asked, bound, e);
    }
  }

  private static Optional<MasterState> readQuietly(List<URI> uris) {
    try {
      return Optional.of(MasterState.read(uris));
    } catch (IOException e) {
      LOG.warn("cannot check the workers' size before waiting for an executor: {}", e.getMessage());
      return Optional.empty();
    }
  }
}
