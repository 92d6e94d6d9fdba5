package dev.newsframes.ingest;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Optional;

/**
 * Language of an article's text, as an ISO 639-1 code, by Lingua in low-accuracy mode.
 *
 * <p>One detector per JVM, built on first use (about a second and 80 MB); it is thread-safe. Only
 * the first {@value #SAMPLE_CHARS} characters are examined, which is plenty for articles and lets
 * site chrome at the start of a page be outvoted by the article after it. It is still most of
 * ingest's CPU time for text records: 25-29 ms per document of 2,000 characters (8-15 ms of 500)
 * for 400 {@code bench scale} records on a busy 2-core machine (2026-12-04).
 */
public final class LanguageDetection {
  static final int SAMPLE_CHARS = 2000;
  private static final int MIN_LETTERS = 20;

  private LanguageDetection() {}

  private static final class Holder {
    static final LanguageDetector DETECTOR =
        LanguageDetectorBuilder.fromAllLanguages().withLowAccuracyMode().build();
  }

  /** The language of the text; empty when it has too few letters to tell. */
  public static Optional<String> detect(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (sample.codePoints().filter(Character::isLetter).limit(MIN_LETTERS).count() < MIN_LETTERS) {
      return Optional.empty();
    }
    Language lang = Holder.DETECTOR.detectLanguageOf(sample);
    if (lang == Language.UNKNOWN) {
      return Optional.empty();
    }
    return Optional.of(lang.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
  }
}
