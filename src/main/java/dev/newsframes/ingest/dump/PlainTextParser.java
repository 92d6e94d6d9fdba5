package dev.newsframes.ingest.dump;

import dev.newsframes.ingest.Article;
import dev.newsframes.ingest.PageContext;
import dev.newsframes.ingest.TextFingerprint;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Plain text with no known template: the first line is the title, the rest the body. */
public final class PlainTextParser {
  /** The {@code parser} column value of records from this parser. */
  public static final String PARSER = "page-dump/plain";

  private static final int MIN_WORDS = 20;
  private static final double MIN_WORD_SHARE = 0.6;

  private PlainTextParser() {}

  /** The article of a plain text; empty when there is no prose in it. */
  public static Optional<Article> parse(String text, PageContext ctx) {
    List<String> lines = DumpLines.nonEmpty(text, Integer.MAX_VALUE);
    if (lines.isEmpty() || !looksLikeProse(text)) {
      return Optional.empty();
    }
    String title = ctx.title().orElse(lines.get(0));
    List<String> body = ctx.title().isPresent() ? lines : lines.subList(1, lines.size());
    return Optional.of(
        Article.builder(ctx.inputFile(), PARSER)
            .url(ctx.url().orElse(null))
            .title(title)
            .body(String.join("\n\n", body))
            .published(ctx.published().orElse(null))
            .crawlTime(ctx.crawlTime().map(d -> d.instant()).orElse(null))
            .build());
  }

  /**
   * Whether a text reads like an article rather than a list of paths, numbers or code: at least
   * {@value #MIN_WORDS} words, and most whitespace-separated tokens are words.
   */
  static boolean looksLikeProse(String text) {
    if (TextFingerprint.wordCount(text) < MIN_WORDS) {
      return false;
    }
    String[] tokens = text.strip().split("\\s+");
    long words = Arrays.stream(tokens).filter(PlainTextParser::isWord).count();
    return words >= tokens.length * MIN_WORD_SHARE;
  }

  private static boolean isWord(String token) {
    return token.codePoints().anyMatch(Character::isLetter)
        && token.chars().noneMatch(c -> c == '/' || c == '=' || c == '_' || c == '{' || c == '<');
  }
}
