package dev.newsframes.cli.tooling;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --threads}, for the lab commands that annotate on several threads. */
public final class ThreadsOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "1",
      description = "Threads that annotate (default: ${DEFAULT-VALUE}).")
  int threads;

  /** Annotation threads, at least 1. */
  public int threads() {
    if (threads < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    return threads;
  }
}
