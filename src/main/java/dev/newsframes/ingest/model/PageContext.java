package dev.newsframes.ingest.model;

import java.util.Optional;

/**
 * What is known about an input page besides its text: where it came from and when it was crawled.
 *
 * @param inputFile the file as given to ingest
 * @param url the page URL from a manifest or WARC record
 * @param title a title from a manifest, preferred over one found in the text
 * @param published a publication date from a manifest
 * @param crawlTime when the page was fetched (WARC-Date, manifest, or {@code --crawl-time})
 */
public record PageContext(
    String inputFile,
    Optional<String> url,
    Optional<String> title,
    Optional<ResolvedDate> published,
    Optional<ResolvedDate> crawlTime) {

  /** A context that knows only the file. */
  public static PageContext ofFile(String inputFile) {
    return new PageContext(
        inputFile, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** This context with a crawl time, unless it already has one. */
  public PageContext withDefaultCrawlTime(Optional<ResolvedDate> fallback) {
    return crawlTime.isPresent()
        ? this
        : new PageContext(inputFile, url, title, published, fallback);
  }
}
