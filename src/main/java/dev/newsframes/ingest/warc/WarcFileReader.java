package dev.newsframes.ingest.warc;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.html.HtmlDecoder;
import dev.newsframes.ingest.model.Article;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.FileOutcome;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.ingest.model.Reject;
import dev.newsframes.ingest.model.RejectReason;
import dev.newsframes.ingest.model.ResolvedDate;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a WARC file ({@code .warc}, {@code .warc.gz}, per-record gzip) record by record.
 *
 * <p>HTTP 2xx response records with an HTML payload become articles: WARC-Target-URI is the url,
 * WARC-Date the crawl time. Other record types (request, metadata, warcinfo, revisit) and non-2xx
 * responses are skipped and counted. Broken responses become rejects at their byte offset, and
 * reading goes on: a missing Content-Type, a non-HTML type, an invalid target URI, an unreadable
 * HTTP message. A record that cannot be read (its header does not parse, its Content-Length runs
 * past the end of the file, its gzip member is corrupt) is one reject, and reading goes on at the
 * next record start found after it, so every record is counted once.
 */
public final class WarcFileReader {
  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

  /** Parses the HTML of one response into an article. */
  @FunctionalInterface
  public interface HtmlParser {
    Optional<Article> parse(String html, PageContext ctx, long position);
  }

  private final String file;
  private final HtmlParser parser;
  private final long maxRecordBytes;
  private final List<Article> articles = new ArrayList<>();
  private final List<Reject> rejects = new ArrayList<>();
  private long skipped;
  private boolean gzip;

  private WarcFileReader(String file, HtmlParser parser, long maxRecordBytes) {
    this.file = file;
    this.parser = parser;
    this.maxRecordBytes = maxRecordBytes;
  }

  /** Opens the file again at a byte offset, to read on after a record that cannot be read. */
  @FunctionalInterface
  public interface Reopener {
    InputStream openAt(long offset) throws IOException;
  }

  /**
   * Reads every record of the stream; never throws for bad content. After a record that cannot be
   * read (a corrupt gzip member, a header that does not parse) the file is opened again through
   * {@code reopener} and read on from the next record start found.
   */
  public static FileOutcome read(
      String file, InputStream in, Reopener reopener, HtmlParser parser, long maxRecordBytes) {
    WarcFileReader r = new WarcFileReader(file, parser, maxRecordBytes);
    r.readAll(in, reopener);
    return new FileOutcome(r.articles, r.rejects, r.skipped);
  }

  private void readAll(InputStream first, Reopener reopener) {
    long base = 0;
    try {
      Optional<Failure> failure = readFrom(first, base);
      while (failure.isPresent()) {
        Failure f = failure.get();
        long resume = resume(reopener, f.position());
        reject(
            f.position(),
            RejectReason.MALFORMED_RECORD,
            f.message()
                + (resume < 0
                    ? "; nothing readable after it"
                    : "; read on from byte " + resume + ", the next record found"),
            "");
        if (resume < 0) {
          return;
        }
        base = resume;
        try (InputStream in = reopener.openAt(resume)) {
          failure = readFrom(in, base);
        }
      }
    } catch (IOException | RuntimeException e) {
      reject(base, RejectReason.READ_ERROR, "cannot read WARC after byte " + base + ": " + e, "");
    }
  }

  /** Where a record that could not be read began, and why it could not. */
  private record Failure(long position, String message) {}

  /**
   * Reads records from {@code in} (which starts at file offset {@code base}) until its end or the
   * first record that cannot be read. That record counts once, as the failure: whatever it had
   * already produced (a truncated article) is taken back.
   */
  private Optional<Failure> readFrom(InputStream in, long base) throws IOException {
    WarcReader reader = new WarcReader(in);
    if (base == 0) {
      gzip = reader.compression() == WarcCompression.GZIP;
    }
    reader.setLenient(true);
    long lastRecord = -1;
    int[] before = new int[2];
    long skippedBefore = 0;
    while (true) {
      Optional<WarcRecord> next;
      try {
        next = reader.next();
      } catch (IOException e) {
        long at = base + reader.position();
        if (at == lastRecord) {
          // the record just counted failed its end check (a gzip member's CRC or size is read
          // after its data): its data are suspect, so it becomes the one reject
          articles.subList(before[0], articles.size()).clear();
          rejects.subList(before[1], rejects.size()).clear();
          skipped = skippedBefore;
        }
        return Optional.of(failure(at, e));
      }
      if (next.isEmpty()) {
        return Optional.empty();
      }
      long position = base + reader.position();
      Optional<String> length = next.get().headers().sole("Content-Length");
      if (length.isPresent() && !length.get().strip().matches("[0-9]{1,18}")) {
        // jwarc takes a negative length as it is and reads the body as the next record
        return Optional.of(
            new Failure(
                position,
                "WARC record at byte "
                    + position
                    + " has Content-Length '"
                    + length.get()
                    + "', not a byte count"));
      }
      int articleCount = articles.size();
      int rejectCount = rejects.size();
      long skippedCount = skipped;
      try {
        record(next.get(), position);
        next.get().body().consume();
      } catch (IOException e) {
        articles.subList(articleCount, articles.size()).clear();
        rejects.subList(rejectCount, rejects.size()).clear();
        skipped = skippedCount;
        return Optional.of(failure(position, e));
      }
      lastRecord = position;
      before[0] = articleCount;
      before[1] = rejectCount;
      skippedBefore = skippedCount;
    }
  }

  private static Failure failure(long position, IOException e) {
    return new Failure(
        position,
        e instanceof EOFException
            ? "the file ends inside the record at byte " + position + " (" + e.getMessage() + ")"
            : "invalid or corrupt WARC record at byte " + position + " (" + e.getMessage() + ")");
  }

  /** The offset of the next record start after the one at {@code failed}, or -1. */
  private long resume(Reopener reopener, long failed) throws IOException {
    try (InputStream in = reopener.openAt(failed)) {
      long found = RecordBoundaries.next(in, gzip);
      return found < 0 ? -1 : failed + found;
    }
  }

  private void record(WarcRecord record, long position) throws IOException {
    if (!(record instanceof WarcResponse response)) {
      skipped++;
      return;
    }
    Optional<String> url = targetUrl(response.target());
    if (url.isEmpty()) {
      reject(
          position,
          RejectReason.BAD_TARGET_URI,
          "WARC-Target-URI '" + response.target() + "' is not an absolute http(s) URL",
          response.target());
      return;
    }
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException e) {
      reject(
          position,
          RejectReason.MALFORMED_RECORD,
          "response is not an HTTP message: " + e.getMessage(),
          "");
      return;
    }
    if (http.status() < 200 || http.status() >= 300) {
      skipped++;
      return;
    }
    Optional<String> contentType = http.headers().first("Content-Type");
    if (contentType.isEmpty()) {
      reject(
          position, RejectReason.NO_CONTENT_TYPE, "HTTP response has no Content-Type", url.get());
      return;
    }
    MediaType type = MediaType.parseLeniently(contentType.get());
    // jwarc's isValid() is false for every lenient parse, so check the parts
    String base = (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
    if (!HTML_TYPES.contains(base)) {
      reject(
          position,
          RejectReason.NOT_HTML,
          "Content-Type '" + contentType.get() + "' is not HTML",
          url.get());
      return;
    }
    html(response, http, type, url.get(), position);
  }

  private void html(
      WarcResponse response, HttpResponse http, MediaType type, String url, long position)
      throws IOException {
    byte[] body = readBody(http, maxRecordBytes + 1);
    if (body.length > maxRecordBytes) {
      reject(
          position,
          RejectReason.TOO_LARGE,
          "HTML payload is larger than " + maxRecordBytes + " bytes",
          url);
      return;
    }
    String html = HtmlDecoder.decode(body, Optional.ofNullable(type.parameters().get("charset")));
    ResolvedDate crawl =
        new ResolvedDate(response.date(), DatePrecision.SECOND, DateSource.METADATA);
    PageContext ctx =
        new PageContext(
            file, Optional.of(url), Optional.empty(), Optional.empty(), Optional.of(crawl));
    Optional<Article> article = parser.parse(html, ctx, position);
    if (article.isPresent()) {
      articles.add(article.get());
    } else {
      reject(position, RejectReason.NO_TEXT, "no article text found in the HTML", url);
    }
  }

  /**
   * The payload, up to {@code limit} bytes. A record cut short by the end of the file throws {@link
   * EOFException}: it becomes one reject, not a truncated article.
   */
  private static byte[] readBody(HttpResponse http, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[65536];
    try (InputStream s = http.bodyDecoded().stream()) {
      int n;
      while (out.size() < limit
          && (n = s.read(buf, 0, (int) Math.min(buf.length, limit - out.size()))) > 0) {
        out.write(buf, 0, n);
      }
    }
    return out.toByteArray();
  }

  static Optional<String> targetUrl(String target) {
    try {
      URI uri = new URI(target.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      return web && uri.getHost() != null ? Optional.of(uri.toString()) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private void reject(long position, RejectReason reason, String message, String sample) {
    rejects.add(new Reject(file, position, reason, message, sample));
  }
}
