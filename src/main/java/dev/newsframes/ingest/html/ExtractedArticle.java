package dev.newsframes.ingest.html;

import dev.newsframes.ingest.model.ResolvedDate;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one HTML page says about its article: main text and metadata.
 *
 * <p>Text fields are never null (empty when absent); metadata that may be unknown is an {@link
 * Optional}.
 *
 * @param body main text, paragraphs separated by a blank line ({@code "\n\n"})
 * @param published publication time with its precision and source (metadata, byline text or URL)
 * @param publisher the site or organisation name, e.g. {@code "The Guardian"}
 * @param language declared primary language subtag in lower case ({@code "en"}), not detected
 * @param canonicalUrl the page's canonical URL, absolute when the page URL was known
 */
public record ExtractedArticle(
    String title,
    String body,
    List<String> authors,
    Optional<ResolvedDate> published,
    Optional<Instant> modified,
    Optional<String> publisher,
    Optional<String> language,
    Optional<String> canonicalUrl,
    String description) {

  public ExtractedArticle {
    title = Objects.requireNonNullElse(title, "");
    body = Objects.requireNonNullElse(body, "");
    description = Objects.requireNonNullElse(description, "");
    authors = List.copyOf(Objects.requireNonNullElse(authors, List.of()));
    published = Objects.requireNonNullElse(published, Optional.empty());
    modified = Objects.requireNonNullElse(modified, Optional.empty());
    publisher = Objects.requireNonNullElse(publisher, Optional.empty());
    language = Objects.requireNonNullElse(language, Optional.empty());
    canonicalUrl = Objects.requireNonNullElse(canonicalUrl, Optional.empty());
  }

  /** This article with another body. */
  public ExtractedArticle withBody(String newBody) {
    return new ExtractedArticle(
        title,
        newBody,
        authors,
        published,
        modified,
        publisher,
        language,
        canonicalUrl,
        description);
  }

  /** An article with nothing found, for input that is not a page at all. */
  public static ExtractedArticle empty() {
    return new ExtractedArticle(
        "",
        "",
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        "");
  }
}
