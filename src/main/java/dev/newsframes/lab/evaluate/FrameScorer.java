package dev.newsframes.lab.evaluate;

import dev.newsframes.common.PrecisionRecall;
import dev.newsframes.trends.BootstrapInterval;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores frame presence, topic and dominant-frame predictions against codebook labels.
 *
 * <p>Contract: only pages labelled {@code is_article} are scored; a page whose answer to a question
 * is null (the coders disagreed) is left out of that question and counted as skipped; a labelled
 * article without a verdict is scored as "nothing present, no dominant frame" and counted as
 * unmatched, so a pipeline that loses articles cannot look better than it is. Verdicts for pages
 * without labels are ignored.
 */
public final class FrameScorer {
  private FrameScorer() {}

  /**
   * Scores {@code verdicts} against {@code labels} on {@code questions} (e.g. {@code regulation,
   * competitiveness, about_ai}) and the dominant answer.
   */
  public static FrameScores score(
      List<CodebookLabel> labels, List<ArticleVerdict> verdicts, List<String> questions) {
    Map<String, ArticleVerdict> byFile =
        verdicts.stream()
            .collect(Collectors.toMap(ArticleVerdict::file, Function.identity(), (a, b) -> a));
    Map<String, BinaryScore> scores = new LinkedHashMap<>();
    questions.forEach(q -> scores.put(q, new BinaryScore(q, 0, 0, 0, 0, 0)));
    // each article's own outcome per question, and whether its dominant answer is right (null:
    // not scored): what the intervals resample
    List<Map<String, BinaryScore>> outcomes = new ArrayList<>();
    List<Boolean> dominantRight = new ArrayList<>();
    int correct = 0;
    int scored = 0;
    int skipped = 0;
    int unmatched = 0;
    for (CodebookLabel label : labels) {
      if (!label.isArticle()) {
        continue;
      }
      ArticleVerdict verdict = byFile.get(label.file());
      if (verdict == null) {
        unmatched++;
        verdict = new ArticleVerdict(label.file(), Map.of(), Optional.empty());
      }
      Map<String, BinaryScore> outcome = new LinkedHashMap<>();
      for (String q : questions) {
        BinaryScore b = one(q, label.answer(q), verdict.isPresent(q));
        outcome.put(q, b);
        scores.merge(q, b, BinaryScore::plus);
      }
      outcomes.add(outcome);
      if (label.dominant().isEmpty()) {
        skipped++;
        dominantRight.add(null);
      } else {
        scored++;
        boolean right = label.dominant().equals(verdict.dominant());
        correct += right ? 1 : 0;
        dominantRight.add(right);
      }
    }
    Map<String, BootstrapInterval.Bounds> f1Intervals = new LinkedHashMap<>();
    for (String q : questions) {
      f1Interval(outcomes, q).ifPresent(b -> f1Intervals.put(q, b));
    }
    return new FrameScores(
        scores, correct, scored, skipped, unmatched, f1Intervals, accuracyInterval(dominantRight));
  }

  /** Resamples behind each interval: enough that the second decimal of a bound is stable. */
  static final int RESAMPLES = 2000;

  /** The seed of every interval: one evaluation's intervals resample the same articles. */
  static final long SEED = 42;

  /**
   * The 95% percentile bootstrap interval of a question's F1, resampling the labelled articles: how
   * far the figure could move on another draw of articles coded the same way. It does not cover the
   * variation between models fitted on other labels.
   */
  private static Optional<BootstrapInterval.Bounds> f1Interval(
      List<Map<String, BinaryScore>> outcomes, String question) {
    return BootstrapInterval.ofStatistic(
        outcomes.size(),
        drawn -> {
          int tp = 0;
          int fp = 0;
          int fn = 0;
          for (int i = 0; i < drawn.length; i++) {
            BinaryScore b = outcomes.get(i).get(question);
            tp += drawn[i] * b.tp();
            fp += drawn[i] * b.fp();
            fn += drawn[i] * b.fn();
          }
          return new PrecisionRecall(tp, fp, fn).f1();
        },
        RESAMPLES,
        SEED,
        0.95);
  }

  /** The same interval for the dominant-of-two accuracy; resamples without a scored one give 0. */
  private static Optional<BootstrapInterval.Bounds> accuracyInterval(List<Boolean> right) {
    return BootstrapInterval.ofStatistic(
        right.size(),
        drawn -> {
          int n = 0;
          int ok = 0;
          for (int i = 0; i < drawn.length; i++) {
            if (right.get(i) != null) {
              n += drawn[i];
              ok += right.get(i) ? drawn[i] : 0;
            }
          }
          return n == 0 ? 0 : (double) ok / n;
        },
        RESAMPLES,
        SEED,
        0.95);
  }

  private static BinaryScore one(String q, Optional<Boolean> label, boolean predicted) {
    if (label.isEmpty()) {
      return new BinaryScore(q, 0, 0, 0, 0, 1);
    }
    boolean gold = label.get();
    return new BinaryScore(
        q,
        gold && predicted ? 1 : 0,
        !gold && predicted ? 1 : 0,
        gold && !predicted ? 1 : 0,
        !gold && !predicted ? 1 : 0,
        0);
  }
}
