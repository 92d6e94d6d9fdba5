package dev.newsframes.cli.tooling;

import dev.newsframes.lab.evaluate.CodebookLabel;
import dev.newsframes.lab.evaluate.CvPredictions;
import dev.newsframes.lab.evaluate.FrameScorer;
import dev.newsframes.lab.evaluate.FrameScores;
import dev.newsframes.lab.evaluate.PresenceCv;
import dev.newsframes.trends.presence.FramePresenceModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What {@code train-frames} and {@code evaluate frames --folds} both do with the labelled articles
 * a warehouse holds: say why nothing can be scored when it holds none of them, cross-validate the
 * presence model and print the figures, and write the out-of-fold answers behind them.
 */
final class LabelledCv {
  private LabelledCv() {}

  /**
   * Why nothing can be scored when the warehouse holds none of the labelled articles, or empty:
   * usually labels whose paths do not match the pages ingested.
   */
  static Optional<String> noneFound(List<String> labelledFiles, long found, String warehouse) {
    if (found > 0 || labelledFiles.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "none of the "
            + labelledFiles.size()
            + " labelled articles is in the warehouse "
            + warehouse
            + " (for instance "
            + labelledFiles.get(0)
            + "): a label's file must be the end of an ingested page's input_file, relative to"
            + " --pages when the command ingests them");
  }

  /** The figures of a cross-validation and the out-of-fold answers behind them. */
  record CrossValidated(FrameScores scores, PresenceCv.Result result) {}

  /** Writes {@code cv}'s out-of-fold answers ({@link CvPredictions}) and says so on {@code out}. */
  static void writePredictions(
      PrintWriter out,
      Path file,
      PresenceCv.Setup setup,
      List<CodebookLabel> labels,
      CrossValidated cv,
      LabelledArticles held)
      throws IOException {
    CvPredictions p = CvPredictions.of(setup, labels, cv.result(), held.hits());
    Files.write(file, p.lines(), StandardCharsets.UTF_8);
    out.printf(
        Locale.ROOT,
        "predictions: %s (out of fold; %d of %d coded answers disagree with the coders)%n",
        file,
        p.disagreements(),
        p.answers());
  }

  /**
   * Prints the nested k-fold figures of {@code setup} on the held labelled articles and returns
   * them.
   *
   * @throws IllegalArgumentException when a frame cannot be fitted (too few positives or negatives)
   */
  static CrossValidated crossValidate(
      PrintWriter out,
      PrintWriter err,
      PresenceCv.Setup setup,
      List<CodebookLabel> labels,
      LabelledArticles held) {
    // a line per fold on err: the folds are the long part when sentence classifiers are fitted
    AtomicInteger fitted = new AtomicInteger();
    long start = System.nanoTime();
    PresenceCv.Fitter counted =
        (s, train, hits) -> {
          FramePresenceModel m = PresenceCv.fit(s, train, hits);
          err.printf(
              Locale.ROOT,
              "cross-validation: %d of %d folds fitted (%.0f s)%n",
              fitted.incrementAndGet(),
              s.folds(),
              (System.nanoTime() - start) / 1e9);
          err.flush();
          return m;
        };
    PresenceCv.Result result = PresenceCv.run(setup, labels, held.hits(), held.groups(), counted);
    FrameScores cv =
        FrameScorer.score(labels, result.verdicts(), List.copyOf(setup.questions().keySet()));
    out.printf(
        Locale.ROOT,
        "%d-fold nested cross-validation, seed %d (every article predicted by a model fitted"
            + " without it and its copies; labelled articles missing from the warehouse count as"
            + " nothing present):%n",
        setup.folds(),
        setup.seed());
    out.print(cv.table());
    return new CrossValidated(cv, result);
  }
}
