package dev.newsframes.ingest.model;

import java.util.Locale;

/** What a record of the articles table is: a full article or a teaser of another article. */
public enum ArticleKind {
  ARTICLE,
  TEASER;

  /** The value stored in the {@code kind} column. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
