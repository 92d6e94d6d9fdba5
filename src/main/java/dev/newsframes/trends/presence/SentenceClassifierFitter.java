package dev.newsframes.trends.presence;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits a frame's {@link SentenceClassifier}: the coders' quote sentences of the articles with the
 * frame are the positives, an even sample of the sentences of the articles without it the negatives
 * (every {@code n}-th sentence, at most about {@link #NEGATIVES}).
 *
 * <p>Measured on the team's dev labels (docs/frame-presence.md, "The entity-sentiment encoder's
 * sentence state"): quotes against a sample beat harder negatives, looser positives and
 * nearest-quote scoring.
 */
public final class SentenceClassifierFitter {
  /** About how many negative sentences a fit reads. */
  public static final int NEGATIVES = 4000;

  /** The L2 penalty on the standardised state, chosen on the dev labels (10 / 30 / 100 tried). */
  public static final double LAMBDA = 30;

  private SentenceClassifierFitter() {}

  /**
   * The classifier of {@code frame} from {@code articles} and their answers {@code present}.
   *
   * @throws IllegalArgumentException when no article with the frame has a quoted sentence, or no
   *     article is without it
   */
  public static SentenceClassifier fit(
      String source, String frame, List<QuotedArticle> articles, boolean[] present, double lambda) {
    long negativeSentences = 0;
    for (int i = 0; i < articles.size(); i++) {
      negativeSentences += present[i] ? 0 : articles.get(i).states().length;
    }
    long stride = Math.max(1, negativeSentences / NEGATIVES);
    List<double[]> rows = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    long seen = 0;
    int positives = 0;
    for (int i = 0; i < articles.size(); i++) {
      QuotedArticle a = articles.get(i);
      if (present[i]) {
        for (int s : a.quoted(frame).stream().sorted().toList()) {
          if (s < a.states().length) {
            rows.add(SentenceClassifier.toDouble(a.states()[s]));
            labels.add(true);
            positives++;
          }
        }
      } else {
        for (float[] state : a.states()) {
          if (seen++ % stride == 0) {
            rows.add(SentenceClassifier.toDouble(state));
            labels.add(false);
          }
        }
      }
    }
    if (positives == 0 || positives == rows.size()) {
      throw new IllegalArgumentException(
          "the sentence classifier of '"
              + frame
              + "' needs quoted sentences of articles with the frame and sentences of articles"
              + " without it; found "
              + positives
              + " quoted and "
              + (rows.size() - positives)
              + " other sentences");
    }
    boolean[] y = new boolean[labels.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = labels.get(i);
    }
    return new SentenceClassifier(
        source, LogisticRegression.fit(rows.toArray(double[][]::new), y, lambda));
  }
}
