package dev.newsframes.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsframes trends}: frames over time from the stored lemmas. */
@Command(
    name = "trends",
    mixinStandardHelpOptions = true,
    description = {
      "Writes frame, balance, entity, spike and evidence tables from the stored lemmas.",
      "Cheap to re-run after editing the lexicon (--frames): nothing is re-annotated."
    })
public final class TrendsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SparkOptions spark = new SparkOptions();
  @Mixin FullRefreshOption refresh = new FullRefreshOption();
  @Mixin TrendsOptions trends = new TrendsOptions();

  @Override
  public Integer call() throws Exception {
    return Runs.execute(spark, spec, List.of(trends.toStage()), refresh.recompute());
  }
}
