package dev.newsframes.ingest.model;

import java.util.Locale;

/** Where a publication date came from, best first. */
public enum DateSource {
  /** Structured page metadata: JSON-LD, meta tags, a template's "Published on" field. */
  METADATA,
  /** A sidecar manifest supplied with the input. */
  MANIFEST,
  /** A date written in the article text or byline. */
  TEXT,
  /** A date in the URL path, such as {@code /2018/10/23/}. */
  URL,
  /** A relative time ("12 min(s) ago") resolved against the crawl time. */
  RELATIVE_TO_CRAWL;

  /** The value stored in the {@code date_source} column. */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
