package dev.newsframes.ingest.model;

import dev.newsframes.common.Hashes;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text normalisation for exact-duplicate hashes and word counts. */
public final class TextFingerprint {
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private TextFingerprint() {}

  /**
   * Text reduced to lower-case letters and digits separated by single spaces, so that copies that
   * differ only in whitespace, punctuation, case or Unicode form compare equal.
   */
  public static String normalise(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NON_WORD.matcher(nfkc).replaceAll(" ").strip();
  }

  /** SHA-256 of the normalised title and text. */
  public static String contentHash(String title, String text) {
    return Hashes.sha256Hex(normalise(title) + "\n" + normalise(text));
  }

  /**
   * Words in a text: runs of letters or digits; each CJK ideograph counts as one word since those
   * scripts do not separate words with spaces.
   */
  public static int wordCount(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isIdeographic(cp)) {
        count++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) {
          count++;
        }
        inWord = true;
      } else if (cp != '\'' && cp != '\u2019' && cp != '-') {
        inWord = false;
      }
    }
    return count;
  }
}
