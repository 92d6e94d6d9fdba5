package dev.newsframes.cli.tooling;

import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --limit}, for the lab commands that can run on a deterministic part of their input. */
public final class LimitOption {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Use N items chosen deterministically (default: all).")
  Integer limit;

  /** The --limit, at least 1, if given. */
  public Optional<Integer> limit() {
    if (limit != null && limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be at least 1, got " + limit);
    }
    return Optional.ofNullable(limit);
  }
}
