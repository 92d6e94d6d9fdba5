package dev.newsframes.ingest.dump;

import dev.newsframes.ingest.Article;
import dev.newsframes.ingest.PageContext;
import java.util.List;
import java.util.Optional;

/** Plain text with no known template: the first line is the title, the rest the body. */
public final class PlainTextParser {
  /** The {@code parser} column value of records from this parser. */
  public static final String PARSER = "page-dump/plain";

  private PlainTextParser() {}

  /** The article of a plain text; empty when there is no text at all. */
  public static Optional<Article> parse(String text, PageContext ctx) {
    List<String> lines = DumpLines.nonEmpty(text, Integer.MAX_VALUE);
    if (lines.isEmpty()) {
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
}
