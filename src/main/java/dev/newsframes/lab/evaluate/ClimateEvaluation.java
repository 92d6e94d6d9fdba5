package dev.newsframes.lab.evaluate;

import dev.newsframes.trends.presence.ArticleFrameFeatures;
import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.FallbackRule;
import dev.newsframes.trends.presence.PresenceFitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The climate narrative frames as {@code evaluate frames --format climate} prints them: for each of
 * the five frames, mapped to a lexicon frame ({@link ClimateLabels#MAPPING}), the product's rule
 * for a frame without a fitted model (the fallback, {@link FallbackRule#DEFAULT}), any hit, a
 * presence model fitted on the mapped frame's own counts (nested k-fold CV), and answering yes
 * everywhere, which is the bar a measurement must clear.
 *
 * @param frames one per climate frame, in {@link ClimateLabels#MAPPING} order
 * @param design how the CV figures were obtained, printed above them
 */
public record ClimateEvaluation(List<Frame> frames, String design) {
  /** Methods in print order. */
  public static final List<String> METHODS =
      List.of("yes everywhere", "fallback 2,2 (product)", "any hit", "CV model");

  /**
   * One climate frame's scores.
   *
   * @param scores by {@link #METHODS}, in that order; the CV model's is null when the frame has too
   *     few positives (or negatives) for the folds
   */
  public record Frame(String column, String lexiconFrame, List<BinaryScore> scores) {}

  /**
   * Scores every mapped frame.
   *
   * @param answers per article, its frame answers (column -> answer)
   * @param hits per article (same order), the lexicon's hits; an article the warehouse lacks has
   *     none
   * @param inputs the presence model's inputs for the CV model
   */
  public static ClimateEvaluation of(
      List<Map<String, Boolean>> answers,
      List<ArticleHits> hits,
      List<String> inputs,
      PresenceFitter.Options options) {
    if (answers.size() != hits.size()) {
      throw new IllegalArgumentException(
          answers.size() + " labelled articles but " + hits.size() + " hit lists");
    }
    List<Frame> out = new ArrayList<>();
    for (Map.Entry<String, String> m : ClimateLabels.MAPPING.entrySet()) {
      String column = m.getKey();
      List<ArticleFrameFeatures> counts = new ArrayList<>();
      List<PresenceFitter.Example> examples = new ArrayList<>();
      List<Boolean> labels = new ArrayList<>();
      for (int i = 0; i < answers.size(); i++) {
        ArticleFrameFeatures f =
            ArticleFrameFeatures.of(hits.get(i), m.getValue(), Optional.empty(), Optional.empty());
        boolean label = answers.get(i).get(column);
        counts.add(f);
        labels.add(label);
        examples.add(PresenceFitter.Example.of(String.valueOf(i), inputs, hits.get(i), f, label));
      }
      List<BinaryScore> scores = new ArrayList<>();
      scores.add(score(column, labels, counts, f -> true));
      scores.add(score(column, labels, counts, FallbackRule.DEFAULT::present));
      scores.add(score(column, labels, counts, FallbackRule.ANY_HIT::present));
      scores.add(crossValidated(column, m.getValue(), inputs, examples, options));
      out.add(new Frame(column, m.getValue(), scores));
    }
    return new ClimateEvaluation(
        out,
        String.format(
            Locale.ROOT,
            "CV model: nested %d-fold stratified CV of a presence model over the mapped frame's"
                + " own counts (seed %d)",
            options.folds(),
            options.seed()));
  }

  /** The CV model's score, or null when a fold has too few positives or negatives to fit. */
  private static BinaryScore crossValidated(
      String column,
      String frame,
      List<String> inputs,
      List<PresenceFitter.Example> examples,
      PresenceFitter.Options options) {
    List<PresenceFitter.Prediction> predictions;
    try {
      predictions =
          PresenceFitter.crossValidate(frame, Optional.empty(), inputs, examples, options);
    } catch (IllegalArgumentException e) { // too few positives for the folds
      return null;
    }
    return BinaryScore.of(
        column,
        predictions.stream().map(PresenceFitter.Prediction::label).toList(),
        predictions.stream().map(PresenceFitter.Prediction::present).toList());
  }

  static BinaryScore score(
      String column,
      List<Boolean> labels,
      List<ArticleFrameFeatures> counts,
      Predicate<ArticleFrameFeatures> rule) {
    return BinaryScore.of(column, labels, counts.stream().map(rule::test).toList());
  }

  /** The printed table: per frame, positives, then F1 and share of each method. */
  public String table() {
    StringBuilder s = new StringBuilder(design).append('\n');
    s.append("Each cell: F1 / share of the articles marked present; share: the coders'.\n");
    s.append(String.format(Locale.ROOT, "%-4s %-36s %5s %7s", "", "lexicon frame", "pos", "share"));
    for (String m : METHODS) {
      s.append(String.format(Locale.ROOT, " | %-22s", m));
    }
    s.append('\n');
    for (Frame f : frames) {
      BinaryScore any = f.scores().get(0);
      s.append(
          String.format(
              Locale.ROOT,
              "%-4s %-36s %5d %6.1f%%",
              f.column(),
              f.lexiconFrame(),
              any.tp() + any.fn(),
              100 * any.labelShare()));
      for (BinaryScore b : f.scores()) {
        String cell =
            b == null
                ? "too few to fit"
                : String.format(Locale.ROOT, "%.3f / %.1f%%", b.f1(), 100 * b.predictedShare());
        s.append(String.format(Locale.ROOT, " | %-22s", cell));
      }
      s.append('\n');
    }
    return s.toString();
  }
}
