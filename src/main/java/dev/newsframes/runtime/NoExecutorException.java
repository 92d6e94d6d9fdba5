package dev.newsframes.runtime;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * No executor started for the application on a standalone cluster: either no worker could ever run
 * one executor of the size asked, or none registered within the bound. The message is one line
 * naming the master, what was asked and what the workers offer.
 */
public final class NoExecutorException extends RuntimeException {
  /** Why no executor started. */
  public enum Reason {
    /** No alive worker is large enough for one executor (or spark.cores.max is below one). */
    NO_WORKER_FITS,
    /** None registered within the bound: the cluster is busy, its workers gone, or unknown. */
    NONE_REGISTERED
  }

  private final Reason reason;

  private NoExecutorException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /** No alive worker of {@code master} (as {@code state} lists them) fits one executor. */
  public static NoExecutorException noWorkerFits(
      String master, ExecutorRequest asked, MasterState state) {
    String what =
        asked.coresMaxBelowOneExecutor()
            ? "%s can never start an executor, spark.cores.max is below spark.executor.cores:"
                + " asked for %s; the master lists %s"
            : "no worker of %s can ever run an executor of the size asked: asked for %s; the"
                + " master lists %s. Ask for smaller executors or add larger workers";
    return new NoExecutorException(
        Reason.NO_WORKER_FITS,
        String.format(Locale.ROOT, what, master, asked.describe(), state.describe()));
  }

  /** None registered with {@code master} within {@code waited}; {@code state} lists the workers. */
  public static NoExecutorException noneRegistered(
      String master, ExecutorRequest asked, Duration waited, MasterState state) {
    return noneRegistered(master, asked, waited, "the master lists " + state.describe());
  }

  /**
   * None registered with {@code master} within {@code waited}, and what the workers offer is
   * unknown: {@code unreadable} says why.
   */
  public static NoExecutorException noneRegistered(
      String master, ExecutorRequest asked, Duration waited, IOException unreadable) {
    return noneRegistered(
        master,
        asked,
        waited,
        "what the workers offer is unknown: "
            + unreadable.getMessage()
            + "; name the master's web UI with --master-ui URL");
  }

  private static NoExecutorException noneRegistered(
      String master, ExecutorRequest asked, Duration waited, String offer) {
    return new NoExecutorException(
        Reason.NONE_REGISTERED,
        String.format(
            Locale.ROOT,
            "no executor registered with %s within %d s (--executor-wait): asked for %s; %s",
            master,
            waited.toSeconds(),
            asked.describe(),
            offer));
  }
}
