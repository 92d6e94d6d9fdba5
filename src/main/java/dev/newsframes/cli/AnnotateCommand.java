package dev.newsframes.cli;

import dev.newsframes.runtime.Recompute;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsframes annotate}: CoreNLP sentences, sentiment and entities for English articles. */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = {
      "Runs Stanford CoreNLP over English articles into sentences, mentions and annotation_errors.",
      "Incremental: articles already annotated with the same text and pipeline are skipped.",
      "Settings: --config (jobs/annotate.properties), where CoreNLP properties pass through.",
    })
public final class AnnotateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SparkOptions spark = new SparkOptions();
  @Mixin AnnotateOptions annotate = new AnnotateOptions();

  @Override
  public Integer call() throws Exception {
    // annotate decides per article what is new (AnnotateJob), not as a whole
    return Runs.execute(spark, spec, List.of(annotate.toStage()), Recompute.WHEN_CHANGED);
  }
}
