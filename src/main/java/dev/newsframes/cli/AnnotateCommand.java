package dev.newsframes.cli;

import picocli.CommandLine.Command;

/** {@code newsframes annotate}: CoreNLP sentences, sentiment and entities for English articles. */
@Command(
    name = "annotate",
    mixinStandardHelpOptions = true,
    description = {
      "Runs Stanford CoreNLP over English articles into sentences, mentions and annotation_errors.",
      "Incremental: articles already annotated with the same text and pipeline are skipped.",
      "Settings: --config (jobs/annotate.properties), where CoreNLP properties pass through.",
    })
// No FullRefreshOption here: AnnotateOptions has its own --full-refresh (re-annotate every
// article), which run also uses to make every stage recompute.
public final class AnnotateCommand extends StageCommand.Single {
  public AnnotateCommand() {
    super(new AnnotateOptions());
  }
}
