package dev.newsframes.ingest.html;

import java.util.List;
import java.util.Optional;

/**
 * The article fields of a page's JSON-LD (schema.org NewsArticle and its kin), as raw strings.
 *
 * @param datePublished the date string as written; parsing is the caller's
 */
record JsonLdArticle(
    Optional<String> headline,
    Optional<String> articleBody,
    List<String> authors,
    Optional<String> datePublished,
    Optional<String> dateCreated,
    Optional<String> dateModified,
    Optional<String> publisher,
    Optional<String> description,
    Optional<String> language,
    Optional<String> url) {

  static JsonLdArticle none() {
    return new JsonLdArticle(
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
