package dev.newsframes.ingest;

import dev.newsframes.ingest.model.ResolvedDate;
import dev.newsframes.ingest.records.FieldMapping;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Options that shape how each input file is read. Serializable: Spark ships it to executors.
 *
 * @param maxFileBytes largest (decompressed) non-WARC file read; larger ones are rejected
 * @param charsetName charset of inputs without a byte-order mark or declaration, or null for UTF-8
 * @param defaultCrawlTime crawl time for inputs that carry none ({@code --crawl-time}), or null
 * @param fields how JSON, CSV and Parquet columns map onto article fields
 */
public record ParseOptions(
    long maxFileBytes, String charsetName, ResolvedDate defaultCrawlTime, FieldMapping fields)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** 32 MiB: far above any news page, low enough to keep executors safe. */
  public static final long DEFAULT_MAX_FILE_BYTES = 32L << 20;

  public static ParseOptions defaults() {
    return new ParseOptions(DEFAULT_MAX_FILE_BYTES, null, null, FieldMapping.defaults());
  }

  /** The charset forced by the user, if any. */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charsetName).map(Charset::forName);
  }

  /** The crawl time given by the user, if any. */
  public Optional<ResolvedDate> crawlTime() {
    return Optional.ofNullable(defaultCrawlTime);
  }
}
