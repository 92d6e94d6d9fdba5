package dev.newsframes.ingest.html;

import dev.newsframes.ingest.Article;
import dev.newsframes.ingest.PageContext;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Turns an HTML page into an article. */
public final class HtmlArticleParser {
  /** The {@code parser} column value of records from this parser. */
  public static final String PARSER = "html";

  private HtmlArticleParser() {}

  /** The article of a page, or empty when it has no text. */
  public static Optional<Article> parse(String html, PageContext ctx, long position) {
    Document doc = Jsoup.parse(html, ctx.url().orElse(""));
    String body = doc.body() == null ? "" : doc.body().text();
    if (body.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        Article.builder(ctx.inputFile(), PARSER)
            .position(position)
            .url(ctx.url().orElse(null))
            .title(ctx.title().orElse(doc.title()))
            .body(body)
            .published(ctx.published().orElse(null))
            .crawlTime(ctx.crawlTime().map(d -> d.instant()).orElse(null))
            .build());
  }
}
