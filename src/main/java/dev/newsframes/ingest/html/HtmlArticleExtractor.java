package dev.newsframes.ingest.html;

import dev.newsframes.ingest.model.ResolvedDate;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article's main text and metadata from the HTML of a news page.
 *
 * <p>Pure and thread-safe. Never throws: input that is not HTML, or that breaks one part of the
 * extraction, yields whatever the other parts found (at worst {@link ExtractedArticle#empty()}).
 * Metadata comes from JSON-LD, OpenGraph and other meta tags, {@code <time>}, bylines and the URL;
 * the main text from {@link MainTextExtractor}.
 */
public final class HtmlArticleExtractor {
  private HtmlArticleExtractor() {}

  /**
   * Extracts one page.
   *
   * @param html the decoded page ({@link HtmlDecoder} turns bytes into it)
   * @param pageUrl the URL the page was fetched from, for relative links and URL dates
   */
  public static ExtractedArticle extract(String html, Optional<String> pageUrl) {
    if (html == null || html.isBlank()) {
      return ExtractedArticle.empty();
    }
    Optional<String> url = pageUrl == null ? Optional.empty() : pageUrl.filter(u -> !u.isBlank());
    Document doc;
    try {
      doc = Jsoup.parse(html, url.orElse(""));
    } catch (RuntimeException | StackOverflowError e) {
      return ExtractedArticle.empty();
    }
    JsonLdArticle ld = safeJsonLd(doc);
    // metadata first: main-text extraction prunes the document in place
    ExtractedArticle metadata = metadata(doc, url, ld);
    return metadata.withBody(body(doc, ld.articleBody()));
  }

  /** Extracts one page whose URL is unknown. */
  public static ExtractedArticle extract(String html) {
    return extract(html, Optional.empty());
  }

  private static String body(Document doc, Optional<String> structuredBody) {
    try {
      return MainTextExtractor.extract(doc, structuredBody);
    } catch (RuntimeException | StackOverflowError e) {
      // a page that breaks the extractor still gives its metadata
      return "";
    }
  }

  /** Everything but the body, which {@link #body} adds. */
  private static ExtractedArticle metadata(Document doc, Optional<String> url, JsonLdArticle ld) {
    try {
      MetaTags meta = MetaTags.of(doc);
      Optional<String> publisher =
          meta.first("og:site_name")
              .or(ld::publisher)
              .or(() -> meta.first("application-name", "publisher", "dc.publisher"));
      List<String> siteNames = new ArrayList<>();
      publisher.ifPresent(siteNames::add);
      ld.publisher().ifPresent(siteNames::add);
      url.flatMap(HtmlArticleExtractor::hostName).ifPresent(siteNames::add);
      String title = TitleFinder.find(doc, meta, ld, siteNames);
      List<String> authors = AuthorFinder.find(doc, meta, ld);
      Optional<ResolvedDate> published = DateFinder.published(doc, meta, ld, url);
      Optional<Instant> modified = DateFinder.modified(meta, ld);
      return new ExtractedArticle(
          title,
          "",
          authors,
          published,
          modified,
          publisher,
          language(doc, meta, ld),
          canonical(doc, meta, ld),
          meta.first("description", "og:description", "twitter:description")
              .or(ld::description)
              .orElse(""));
    } catch (RuntimeException | StackOverflowError e) {
      return ExtractedArticle.empty();
    }
  }

  private static JsonLdArticle safeJsonLd(Document doc) {
    try {
      return JsonLdReader.read(doc);
    } catch (RuntimeException | StackOverflowError e) {
      return JsonLdArticle.none();
    }
  }

  private static Optional<String> language(Document doc, MetaTags meta, JsonLdArticle ld) {
    Element html = doc.selectFirst("html");
    Optional<String> declared =
        Optional.ofNullable(html)
            .map(h -> h.attr("lang").isBlank() ? h.attr("xml:lang") : h.attr("lang"))
            .filter(s -> !s.isBlank())
            .or(() -> meta.first("content-language", "language", "dc.language", "og:locale"))
            .or(ld::language);
    return declared.map(HtmlArticleExtractor::primaryLanguage).filter(s -> !s.isEmpty());
  }

  static String primaryLanguage(String tag) {
    String first = tag.strip().split("[,;\\s]")[0].replace('_', '-');
    String lang = Locale.forLanguageTag(first).getLanguage();
    return lang.length() >= 2 && lang.length() <= 3 ? lang : "";
  }

  private static Optional<String> canonical(Document doc, MetaTags meta, JsonLdArticle ld) {
    Element link = doc.selectFirst("link[rel=canonical][href]");
    Optional<String> href =
        Optional.ofNullable(link)
            .map(l -> l.absUrl("href").isEmpty() ? l.attr("href") : l.absUrl("href"));
    return href.filter(s -> !s.isBlank())
        .or(() -> meta.first("og:url"))
        .or(ld::url)
        .map(String::strip);
  }

  private static Optional<String> hostName(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null) {
        return Optional.empty();
      }
      String[] parts = host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "").split("\\.");
      int n = parts.length;
      // the registrable name: "bbc" in news.bbc.co.uk, "kbs" in world.kbs.co.kr
      boolean secondLevel = n >= 3 && parts[n - 2].matches("co|com|org|net|ac|gov|edu|ne|or|go");
      return Optional.of(n >= 2 ? parts[secondLevel ? n - 3 : n - 2] : parts[0]);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
