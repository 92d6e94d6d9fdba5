package dev.newsframes.ingest.html;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark {@code
 * evaluate.py}): 4-word-shingle precision and recall per page, averaged over pages.
 *
 * <p>Reproduces the reference exactly: tokens are runs of Python {@code \w} characters (letters,
 * numbers and underscore, case kept); a text with fewer than four tokens is one shorter shingle;
 * shingle counts are compared as multisets and each page's tp/fp/fn are normalised to sum to one.
 * Precision is averaged over pages with {@code tp + fp > 0} (an empty prediction does not lower
 * precision, only recall), recall over pages with {@code tp + fn > 0}, and F1 is the harmonic mean
 * of the two averages, not an average of per-page F1s.
 */
public final class ShingleF1 {
  /** The benchmark's shingle length. */
  public static final int SHINGLE_SIZE = 4;

  private ShingleF1() {}

  /**
   * One page's normalised shingle counts and whether its token sequences are identical.
   *
   * @param tp matched shingles as a share of tp + fp + fn (0 when both texts are empty)
   * @param tokensEqual the benchmark's "accuracy": predicted tokens equal the true tokens
   */
  public record PageMatch(double tp, double fp, double fn, boolean tokensEqual) {
    /** Page precision as the benchmark defines it, including its edge cases. */
    public double precision() {
      if (fp == 0 && fn == 0) {
        return 1.0;
      }
      return tp == 0 && fp == 0 ? 0.0 : tp / (tp + fp);
    }

    /** Page recall as the benchmark defines it, including its edge cases. */
    public double recall() {
      if (fp == 0 && fn == 0) {
        return 1.0;
      }
      return tp == 0 && fn == 0 ? 0.0 : tp / (tp + fn);
    }

    /** Page F1, for ranking pages only: the benchmark never averages it. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
  }

  /**
   * Averages over pages.
   *
   * @param precision mean page precision over pages with predicted shingles; NaN when none
   * @param recall mean page recall over pages with true shingles; NaN when none
   * @param accuracy share of pages whose token sequences match exactly
   */
  public record Summary(double precision, double recall, double f1, double accuracy, int pages) {}

  /** Compares one page's predicted text with its true text. */
  public static PageMatch match(String truth, String prediction) {
    Map<List<String>, Integer> trueShingles = shingles(truth, SHINGLE_SIZE);
    Map<List<String>, Integer> predShingles = shingles(prediction, SHINGLE_SIZE);
    Set<List<String>> keys = new HashSet<>(trueShingles.keySet());
    keys.addAll(predShingles.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> key : keys) {
      int t = trueShingles.getOrDefault(key, 0);
      int p = predShingles.getOrDefault(key, 0);
      tp += Math.min(t, p);
      fp += Math.max(0, p - t);
      fn += Math.max(0, t - p);
    }
    double sum = tp + fp + fn;
    boolean equal = tokens(truth).equals(tokens(prediction));
    // normalised so that long articles do not weigh more than short ones
    return sum > 0
        ? new PageMatch(tp / sum, fp / sum, fn / sum, equal)
        : new PageMatch(0, 0, 0, equal);
  }

  /** Averages page matches the way the benchmark does. */
  public static Summary summarize(Collection<PageMatch> pages) {
    double precisionSum = 0;
    int precisionPages = 0;
    double recallSum = 0;
    int recallPages = 0;
    int exact = 0;
    for (PageMatch page : pages) {
      if (page.tp() + page.fp() > 0) {
        precisionSum += page.precision();
        precisionPages++;
      }
      if (page.tp() + page.fn() > 0) {
        recallSum += page.recall();
        recallPages++;
      }
      exact += page.tokensEqual() ? 1 : 0;
    }
    double precision = precisionPages == 0 ? Double.NaN : precisionSum / precisionPages;
    double recall = recallPages == 0 ? Double.NaN : recallSum / recallPages;
    double f1 = 2 * precision * recall / (precision + recall);
    double accuracy = pages.isEmpty() ? Double.NaN : (double) exact / pages.size();
    return new Summary(precision, recall, f1, accuracy, pages.size());
  }

  /** The benchmark's tokens: maximal runs of Python {@code \w} characters, in order. */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    int start = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        if (start < 0) {
          start = i;
        }
      } else if (start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      }
      i += Character.charCount(cp);
    }
    if (start >= 0) {
      tokens.add(text.substring(start));
    }
    return tokens;
  }

  /** Shingle counts; a non-empty text shorter than {@code n} tokens is one shorter shingle. */
  public static Map<List<String>, Integer> shingles(String text, int n) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i < Math.max(1, tokens.size() - n + 1); i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + n));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }

  // Python's \w on str is str.isalnum() plus '_': letter categories L*, and numbers Nd, Nl, No.
  // Java's \w (even with UNICODE_CHARACTER_CLASS) also takes combining marks, so it differs.
  private static boolean isWordChar(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }
}
