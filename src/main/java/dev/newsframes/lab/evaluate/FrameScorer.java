package dev.newsframes.lab.evaluate;

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
      for (String q : questions) {
        scores.merge(q, one(q, label.answer(q), verdict.isPresent(q)), BinaryScore::plus);
      }
      if (label.dominant().isEmpty()) {
        skipped++;
      } else {
        scored++;
        correct += label.dominant().equals(verdict.dominant()) ? 1 : 0;
      }
    }
    return new FrameScores(scores, correct, scored, skipped, unmatched);
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
