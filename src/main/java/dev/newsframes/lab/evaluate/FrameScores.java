package dev.newsframes.lab.evaluate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of one {@link FrameScorer} run.
 *
 * @param questions yes/no questions by key, in the order they were asked for
 * @param dominantCorrect pages whose predicted dominant frame equals the label
 * @param dominantScored pages with an agreed dominant label
 * @param dominantSkipped articles whose dominant label is null (coders disagreed)
 * @param unmatched labelled articles the product has no verdict for (scored as not present)
 */
public record FrameScores(
    Map<String, BinaryScore> questions,
    int dominantCorrect,
    int dominantScored,
    int dominantSkipped,
    int unmatched) {
  public FrameScores {
    questions = Collections.unmodifiableMap(new LinkedHashMap<>(questions));
  }

  /** Dominant-of-two accuracy; 0 when no page has a dominant label. */
  public double dominantAccuracy() {
    return dominantScored == 0 ? 0 : (double) dominantCorrect / dominantScored;
  }

  /** A plain-text table: one row per question, then the dominant accuracy. */
  public String table() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "%-18s %5s %5s %5s %5s %5s %5s %9s %9s %7s%n",
            "question",
            "n",
            "tp",
            "fp",
            "fn",
            "P",
            "R",
            "F1",
            "product",
            "coders"));
    questions.forEach(
        (q, s) ->
            sb.append(
                String.format(
                    Locale.ROOT,
                    "%-18s %5d %5d %5d %5d %5.2f %5.2f %9.3f %8.1f%% %6.1f%%%n",
                    q,
                    s.scored(),
                    s.tp(),
                    s.fp(),
                    s.fn(),
                    s.precision(),
                    s.recall(),
                    s.f1(),
                    100 * s.predictedShare(),
                    100 * s.labelShare())));
    sb.append(
        String.format(
            Locale.ROOT,
            "dominant of two: %.3f (%d of %d; %d null labels skipped)%n",
            dominantAccuracy(),
            dominantCorrect,
            dominantScored,
            dominantSkipped));
    return sb.toString();
  }
}
