package dev.newsframes.ingest.html;

import dev.newsframes.ingest.model.Article;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.ingest.model.ResolvedDate;
import dev.newsframes.ingest.model.Sources;
import java.util.Optional;

/**
 * Turns an HTML page into an article: {@link HtmlArticleExtractor}'s main text and metadata, with
 * what the input knows about the page (fetch URL, manifest title and date, crawl time).
 *
 * <p>The fetch URL identifies the record (so two captures of one canonical page stay two records
 * and meet again as duplicates); the page's own date wins over a manifest's, which is the fallback.
 * Language is left to detection, since declared languages are often template defaults.
 */
public final class HtmlArticleParser {
  /** The {@code parser} column value of records from this parser. */
  public static final String PARSER = "html";

  private HtmlArticleParser() {}

  /** The article of a page, or empty when it has no main text. */
  public static Optional<Article> parse(String html, PageContext ctx, long position) {
    ExtractedArticle page = HtmlArticleExtractor.extract(html, ctx.url());
    if (page.body().isBlank()) {
      return Optional.empty();
    }
    Optional<String> url = ctx.url().or(page::canonicalUrl);
    Optional<ResolvedDate> published = page.published().or(ctx::published);
    return Optional.of(
        Article.builder(ctx.inputFile(), PARSER)
            .position(position)
            .url(url.orElse(null))
            .title(ctx.title().orElse(page.title()))
            .summary(page.description())
            .body(page.body())
            .authors(page.authors())
            .source(page.publisher().or(() -> url.flatMap(Sources::fromUrl)).orElse(null))
            .published(published.orElse(null))
            .updatedAt(page.modified().orElse(null))
            .crawlTime(ctx.crawlTime().map(ResolvedDate::instant).orElse(null))
            .build());
  }
}
