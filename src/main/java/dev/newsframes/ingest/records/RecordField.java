package dev.newsframes.ingest.records;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The article fields a structured record can supply, with the column names tried by default. */
public enum RecordField {
  ID("id", "_id", "article_id", "uuid", "newid", "_key"),
  TITLE("title", "headline", "name", "heading"),
  TEXT(
      "text",
      "body",
      "content",
      "article",
      "articleBody",
      "article_body",
      "main_text",
      "maintext",
      "full_text",
      "lead_paragraph",
      "story"),
  SUMMARY("summary", "description", "abstract", "lead", "snippet", "teaser"),
  DATE(
      "date",
      "published",
      "published_at",
      "publishedAt",
      "date_publish",
      "datePublished",
      "publish_date",
      "publication_date",
      "pubDate",
      "pub_date",
      "time",
      "timestamp",
      "created_at",
      "url_date"),
  URL("url", "link", "href", "source_url", "uri", "canonical_url"),
  SOURCE(
      "source.name",
      "source",
      "source_domain",
      "publisher",
      "site",
      "site_name",
      "outlet",
      "domain"),
  AUTHORS("authors", "author", "byline", "creator", "by"),
  LANGUAGE("language", "lang", "locale"),
  CRAWL_TIME(
      "date_crawled", "crawl_time", "crawled_at", "crawl_date", "date_download", "fetched_at"),
  HTML("html", "raw_html", "page_html");

  private final List<String> defaults;

  RecordField(String... defaults) {
    this.defaults = List.of(defaults);
  }

  /** Column names tried, in order, when the user maps nothing. */
  public List<String> defaults() {
    return defaults;
  }

  /** The option spelling, e.g. {@code text} in {@code --field text=lead_paragraph}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The field an option key names. */
  public static RecordField ofKey(String key) {
    for (RecordField f : values()) {
      if (f.key().equalsIgnoreCase(key.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "Unknown field '"
            + key
            + "'; known fields: "
            + Arrays.stream(values()).map(RecordField::key).toList());
  }
}
