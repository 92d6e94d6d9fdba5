package dev.newsframes.cli;

import dev.newsframes.runtime.Recompute;
import picocli.CommandLine.Option;

/** {@code --full-refresh} of the stages that skip their work when nothing changed. */
public final class FullRefreshOption {
  @Option(
      names = "--full-refresh",
      description =
          "Recompute even when the inputs, settings and outputs are those of the last run (by"
              + " default the stage is then skipped in a second).")
  boolean fullRefresh;

  Recompute recompute() {
    return fullRefresh ? Recompute.ALWAYS : Recompute.WHEN_CHANGED;
  }
}
