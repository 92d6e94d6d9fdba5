package dev.newsframes.cli;

import dev.newsframes.io.InputFiles;
import dev.newsframes.io.Warehouse;
import dev.newsframes.runtime.NoExecutorException;
import dev.newsframes.runtime.WarehouseLock;

/** Process exit codes of every command, as documented in the README. */
public final class ExitCode {
  /** The command did what was asked. */
  public static final int OK = 0;

  /** The command failed; the message says why. */
  public static final int FAILURE = 1;

  /** Bad options or arguments; nothing was run. */
  public static final int USAGE = 2;

  /** The run completed but rejected more input than {@code --max-reject-rate} allows. */
  public static final int REJECT_RATE = 3;

  /** Another run holds the warehouse lock; nothing was run. */
  public static final int LOCKED = 4;

  private ExitCode() {}

  /**
   * The code a command exits with when it ends with {@code e}: what the process returns and what
   * the run manifest records agree.
   */
  public static int of(Throwable e) {
    if (e instanceof WarehouseLock.LockedException) {
      return LOCKED;
    }
    if (e instanceof InputFiles.InputNotFoundException
        || e instanceof Warehouse.MissingTableException) {
      return USAGE;
    }
    if (e instanceof NoExecutorException x) {
      // no worker can ever run one executor of the size asked: the options ask for what the
      // cluster does not have, and nothing was run; none within the bound may pass by itself
      return x.reason() == NoExecutorException.Reason.NO_WORKER_FITS ? USAGE : FAILURE;
    }
    return FAILURE;
  }
}
