package dev.newsframes.cli;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How commands report a finished stage. */
final class Stages {
  private static final Logger LOG = LoggerFactory.getLogger("newsframes");

  private Stages() {}

  /** Logs the stage summary and returns the exit code the reject rate calls for. */
  static int report(String summary, double rejectRate, double maxRejectRate) {
    LOG.info(summary);
    if (rejectRate > maxRejectRate) {
      LOG.error(
          String.format(
              Locale.ROOT,
              "reject rate %.1f%% is above --max-reject-rate %.1f%%; see the rejects table",
              100 * rejectRate,
              100 * maxRejectRate));
      return ExitCode.REJECT_RATE;
    }
    return ExitCode.OK;
  }
}
