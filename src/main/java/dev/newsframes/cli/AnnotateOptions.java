package dev.newsframes.cli;

import dev.newsframes.nlp.AnnotateJob;
import dev.newsframes.nlp.AnnotateTransforms;
import dev.newsframes.nlp.AnnotatorFactory;
import dev.newsframes.nlp.NlpConfig;
import dev.newsframes.runtime.Recompute;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options of the annotate stage, shared by {@code annotate} and {@code run}. */
public final class AnnotateOptions implements StageCommand.StageOptions {
  private static final Logger LOG = LoggerFactory.getLogger("newsframes");

  @Mixin NlpConfigOptions nlp = new NlpConfigOptions();

  @Option(
      names = "--include-duplicates",
      description =
          "Also annotate duplicate copies (default: canonical articles only; trends counts each story once).")
  boolean includeDuplicates;

  @Option(
      names = "--full-refresh",
      description =
          "Re-annotate every article and replace the tables (default: only new or changed"
              + " articles, or all after a pipeline change). In run, every stage recomputes.")
  boolean fullRefresh;

  /** With run: whether the stages that skip unchanged work recompute anyway. */
  Recompute recompute() {
    return fullRefresh ? Recompute.ALWAYS : Recompute.WHEN_CHANGED;
  }

  /** The stage; settings are loaded and checked here, before Spark starts. */
  @Override
  public AnnotateJob toStage(String warehouse) {
    NlpConfig config = nlp.load(Map.of());
    // without --config the settings depend on the current folder: say which were read
    LOG.info("annotate: settings from {}", nlp.source());
    return new AnnotateJob(
        new AnnotateJob.Options(
            config,
            includeDuplicates
                ? AnnotateTransforms.Scope.ENGLISH_ALL_COPIES
                : AnnotateTransforms.Scope.ENGLISH_CANONICAL,
            fullRefresh ? AnnotateJob.Refresh.FULL : AnnotateJob.Refresh.INCREMENTAL,
            AnnotatorFactory.CORENLP));
  }
}
