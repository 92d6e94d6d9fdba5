package dev.newsframes.trends.presence;

/**
 * Which of two frames carries more of an article: the codebook's {@code dominant} question.
 *
 * <p>Neither present gives {@code neither}, one present gives that frame. When both are present the
 * {@link Rule} compares them; an exact tie gives {@code both}.
 */
public final class DominantFrame {
  /** The answer when neither frame is present. */
  public static final String NEITHER = "neither";

  /** The answer when both are present and tie. */
  public static final String BOTH = "both";

  /** How two present frames are compared. */
  public enum Rule {
    /** More sentences hitting the frame, then more hits (the old article_frames rule). */
    SENTENCES,
    /** Higher presence score, then more sentences. */
    SCORE
  }

  private DominantFrame() {}

  /** The dominant answer for presences {@code a} and {@code b} with their counts. */
  public static String of(
      Presence a,
      ArticleFrameFeatures countsA,
      Presence b,
      ArticleFrameFeatures countsB,
      Rule rule) {
    if (!a.present() && !b.present()) {
      return NEITHER;
    }
    if (a.present() != b.present()) {
      return a.present() ? a.frame() : b.frame();
    }
    int c =
        switch (rule) {
          case SENTENCES ->
              compare(countsA.sentences(), countsB.sentences(), countsA.hits(), countsB.hits());
          case SCORE -> compare(a.score(), b.score(), countsA.sentences(), countsB.sentences());
        };
    return c > 0 ? a.frame() : c < 0 ? b.frame() : BOTH;
  }

  private static int compare(double first, double second, double thenFirst, double thenSecond) {
    int c = Double.compare(first, second);
    return c != 0 ? c : Double.compare(thenFirst, thenSecond);
  }
}
