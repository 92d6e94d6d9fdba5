package dev.newsframes.ingest.manifest;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.ingest.model.ResolvedDate;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Sidecar metadata for one dumped page, from a manifest row.
 *
 * <p>A class rather than a record so that it stays {@link Serializable} (Spark broadcasts the
 * manifest) while absent values are still exposed as {@link Optional}.
 */
public final class ManifestEntry implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final String url;
  private final String title;
  private final Instant published;
  private final DatePrecision precision;
  private final Instant crawlTime;
  private final long line;

  /**
   * @param file the file as written in the manifest, relative to the manifest's folder
   * @param published the page's publication date from the manifest, or null
   * @param crawlTime when the page was fetched, or null
   * @param line CSV line of the row, for messages
   */
  public ManifestEntry(
      String file, String url, String title, ResolvedDate published, Instant crawlTime, long line) {
    this.file = Objects.requireNonNull(file, "file");
    this.url = blankToNull(url);
    this.title = blankToNull(title);
    this.published = published == null ? null : published.instant();
    this.precision = published == null ? null : published.precision();
    this.crawlTime = crawlTime;
    this.line = line;
  }

  /** A manifest entry with only a file, URL and title; handy for tests and callers. */
  public static ManifestEntry of(String file, String url, String title) {
    return new ManifestEntry(file, url, title, null, null, 0);
  }

  public String file() {
    return file;
  }

  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /** The page title as given, site suffix included (e.g. "... | VentureBeat"). */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** The publication date, with {@link DateSource#MANIFEST} as its source. */
  public Optional<ResolvedDate> published() {
    return published == null
        ? Optional.empty()
        : Optional.of(new ResolvedDate(published, precision, DateSource.MANIFEST));
  }

  public Optional<Instant> crawlTime() {
    return Optional.ofNullable(crawlTime);
  }

  /** The page context of an input file this row describes. */
  public PageContext context(String inputFile) {
    return new PageContext(
        inputFile,
        url(),
        title(),
        published(),
        crawlTime().map(t -> new ResolvedDate(t, DatePrecision.SECOND, DateSource.MANIFEST)));
  }

  public long line() {
    return line;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ManifestEntry e
        && file.equals(e.file)
        && Objects.equals(url, e.url)
        && Objects.equals(title, e.title)
        && Objects.equals(published, e.published)
        && precision == e.precision
        && Objects.equals(crawlTime, e.crawlTime)
        && line == e.line;
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, url, title, published, precision, crawlTime, line);
  }

  @Override
  public String toString() {
    return "ManifestEntry[" + file + ", " + url + ", " + title + ", " + published() + "]";
  }
}
