package dev.newsframes.lab.evaluate;

import dev.newsframes.trends.BootstrapInterval;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The figures of one {@link FrameScorer} run.
 *
 * @param questions yes/no questions by key, in the order they were asked for
 * @param dominantCorrect pages whose predicted dominant frame equals the label
 * @param dominantScored pages with an agreed dominant label
 * @param dominantSkipped articles whose dominant label is null (coders disagreed)
 * @param unmatched labelled articles the product has no verdict for (scored as not present)
 * @param f1Intervals by question, the 95% bootstrap interval of its F1 over the labelled articles
 *     (none with fewer than two)
 * @param dominantInterval the same for the dominant-of-two accuracy
 */
public record FrameScores(
    Map<String, BinaryScore> questions,
    int dominantCorrect,
    int dominantScored,
    int dominantSkipped,
    int unmatched,
    Map<String, BootstrapInterval.Bounds> f1Intervals,
    Optional<BootstrapInterval.Bounds> dominantInterval) {
  public FrameScores {
    questions = Collections.unmodifiableMap(new LinkedHashMap<>(questions));
    f1Intervals = Collections.unmodifiableMap(new LinkedHashMap<>(f1Intervals));
  }

  /** The interval of {@code question}'s F1, if it has one. */
  public Optional<BootstrapInterval.Bounds> f1Interval(String question) {
    return Optional.ofNullable(f1Intervals.get(question));
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
            "%-18s %5s %5s %5s %5s %5s %5s %9s %9s %7s  %s%n",
            "question",
            "n",
            "tp",
            "fp",
            "fn",
            "P",
            "R",
            "F1",
            "product",
            "coders",
            "F1 95% interval"));
    questions.forEach(
        (q, s) ->
            sb.append(
                String.format(
                    Locale.ROOT,
                    "%-18s %5d %5d %5d %5d %5.2f %5.2f %9.3f %8.1f%% %6.1f%%  %s%n",
                    q,
                    s.scored(),
                    s.tp(),
                    s.fp(),
                    s.fn(),
                    s.precision(),
                    s.recall(),
                    s.f1(),
                    100 * s.predictedShare(),
                    100 * s.labelShare(),
                    interval(f1Interval(q)))));
    sb.append(
        String.format(
            Locale.ROOT,
            "dominant of two: %.3f (%d of %d; %d null labels skipped; 95%% interval %s)%n",
            dominantAccuracy(),
            dominantCorrect,
            dominantScored,
            dominantSkipped,
            interval(dominantInterval)));
    sb.append(
        "(95% intervals: percentile bootstrap over the labelled articles, "
            + FrameScorer.RESAMPLES
            + " resamples: how far a figure could move on another sample of articles coded the"
            + " same way)\n");
    return sb.toString();
  }

  /** {@code low-high} to two decimals, or a dash without an interval. */
  public static String interval(Optional<BootstrapInterval.Bounds> b) {
    return b.map(x -> String.format(Locale.ROOT, "%.2f-%.2f", x.low(), x.high())).orElse("-");
  }
}
