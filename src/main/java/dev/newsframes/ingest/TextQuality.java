package dev.newsframes.ingest;

import dev.newsframes.ingest.model.TextFingerprint;
import java.util.Arrays;

/** Whether extracted text is worth keeping as an article. */
public final class TextQuality {
  private static final int MIN_WORDS = 20;
  private static final double MIN_WORD_SHARE = 0.6;

  private TextQuality() {}

  /**
   * Whether a text reads like an article rather than a list of paths, numbers or code: at least
   * {@value #MIN_WORDS} words, and most whitespace-separated tokens are words.
   */
  public static boolean looksLikeProse(String text) {
    if (TextFingerprint.wordCount(text) < MIN_WORDS) {
      return false;
    }
    String[] tokens = text.strip().split("\\s+");
    long words = Arrays.stream(tokens).filter(TextQuality::isWord).count();
    return words >= tokens.length * MIN_WORD_SHARE;
  }

  private static boolean isWord(String token) {
    return token.codePoints().anyMatch(Character::isLetter)
        && token.chars().noneMatch(c -> c == '/' || c == '=' || c == '_' || c == '{' || c == '<');
  }
}
