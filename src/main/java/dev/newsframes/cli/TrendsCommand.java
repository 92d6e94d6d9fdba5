package dev.newsframes.cli;

import dev.newsframes.runtime.Recompute;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsframes trends}: frames over time from the stored lemmas. */
@Command(
    name = "trends",
    mixinStandardHelpOptions = true,
    description = {
      "Writes frame, balance, entity, spike and evidence tables from the stored lemmas.",
      "Cheap to re-run after editing the lexicon (--frames): nothing is re-annotated."
    })
public final class TrendsCommand extends StageCommand.Single {
  @Mixin FullRefreshOption refresh = new FullRefreshOption();

  public TrendsCommand() {
    super(new TrendsOptions());
  }

  @Override
  Recompute recompute() {
    return refresh.recompute();
  }
}
