package dev.newsframes.cli;

import picocli.CommandLine.Command;

/** {@code newsframes trends}: frames over time from the stored lemmas. */
@Command(
    name = "trends",
    mixinStandardHelpOptions = true,
    description = {
      "Writes frame, balance, entity, spike and evidence tables from the stored lemmas.",
      "Cheap to re-run after editing the lexicon (--frames): nothing is re-annotated."
    })
public final class TrendsCommand extends StageCommand.Single {
  public TrendsCommand() {
    super(new TrendsOptions());
  }
}
