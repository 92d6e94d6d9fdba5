package dev.newsframes.cli.tooling;

import picocli.CommandLine.Option;

/** {@code --seed}, for the lab commands that draw folds or a holdout split. */
public final class SeedOption {
  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "42",
      description =
          "Seed of the folds and the holdout split (default: ${DEFAULT-VALUE}); --limit picks"
              + " by a fixed hash of each item, not by this seed.")
  long seed;

  public long seed() {
    return seed;
  }
}
