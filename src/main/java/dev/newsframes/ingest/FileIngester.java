package dev.newsframes.ingest;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.dates.DateParser;
import dev.newsframes.ingest.dump.LineDumpParser;
import dev.newsframes.ingest.dump.LineDumpResult;
import dev.newsframes.ingest.dump.PageDumpParser;
import dev.newsframes.ingest.html.HtmlArticleParser;
import dev.newsframes.ingest.html.HtmlDecoder;
import dev.newsframes.ingest.input.InputFormat;
import dev.newsframes.ingest.input.InputReader;
import dev.newsframes.ingest.input.StopAtTruncation;
import dev.newsframes.ingest.input.TextDecoder;
import dev.newsframes.ingest.manifest.ManifestEntry;
import dev.newsframes.ingest.model.Article;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.FileOutcome;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.ingest.model.Reject;
import dev.newsframes.ingest.model.RejectReason;
import dev.newsframes.ingest.model.ResolvedDate;
import dev.newsframes.ingest.records.CsvRecordReader;
import dev.newsframes.ingest.records.JsonRecordReader;
import dev.newsframes.ingest.records.ParquetRecordReader;
import dev.newsframes.ingest.records.RecordMapper;
import dev.newsframes.ingest.warc.WarcFileReader;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Turns one input file into articles and rejects, whatever its format.
 *
 * <p>Never throws for bad content; every failure becomes a reject naming the file (and, for
 * multi-record formats, the record's position). Multi-record formats are streamed; pages (text,
 * HTML) are read whole within {@link ParseOptions#maxFileBytes()}. Every record gets a language,
 * and a publication date later than the crawl time is dropped as implausible.
 */
public final class FileIngester {
  private static final int HEAD_BYTES = 512;
  private static final int BUFFER = 1 << 16;
  private static final int MARK_LIMIT = 1 << 20;
  private static final RecordMapper.HtmlExtractor HTML = HtmlArticleParser::parse;

  private FileIngester() {}

  /** Reads, detects, parses and language-tags one file that has no manifest row. */
  public static FileOutcome ingest(PageContext ctx, InputSource source, ParseOptions settings) {
    return ingest(ctx, Optional.empty(), source, settings);
  }

  /**
   * Reads, detects, parses and language-tags one file; {@code entry} is its manifest row, whose
   * metadata is already in {@code ctx} and which page-dump parsing also uses.
   */
  public static FileOutcome ingest(
      PageContext ctx, Optional<ManifestEntry> entry, InputSource source, ParseOptions settings) {
    PageContext context = ctx.withDefaultCrawlTime(settings.crawlTime());
    FileOutcome outcome;
    try (InputStream raw = source.open()) {
      outcome = route(context, entry, raw, source, settings);
    } catch (EOFException | ZipException e) {
      outcome =
          FileOutcome.rejected(
              Reject.ofFile(
                  ctx.inputFile(),
                  RejectReason.TRUNCATED_GZIP,
                  "gzip stream is truncated or corrupt: " + e.getMessage()));
    } catch (IOException | RuntimeException e) {
      // a parser bug must not lose the file: it becomes a reject with the cause
      outcome =
          FileOutcome.rejected(
              Reject.ofFile(ctx.inputFile(), RejectReason.READ_ERROR, "cannot ingest: " + e));
    }
    if (outcome.articles().isEmpty() && outcome.rejects().isEmpty() && outcome.skipped() == 0) {
      // e.g. an empty JSON array or a CSV with only a header: the file must still be accounted for
      outcome =
          FileOutcome.rejected(
              Reject.ofFile(ctx.inputFile(), RejectReason.EMPTY, "file holds no records"));
    }
    return postProcess(outcome);
  }

  private static FileOutcome route(
      PageContext ctx,
      Optional<ManifestEntry> entry,
      InputStream raw,
      InputSource source,
      ParseOptions s)
      throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER);
    boolean gzipped = InputReader.isGzip(buffered);
    buffered.mark(MARK_LIMIT);
    // peek through a throwaway inflater, then rewind: WARC readers want the compressed bytes
    byte[] head =
        gzipped
            ? new GZIPInputStream(buffered).readNBytes(HEAD_BYTES)
            : buffered.readNBytes(HEAD_BYTES);
    buffered.reset();
    InputFormat format = InputFormat.detect(ctx.inputFile(), head);
    if (format == InputFormat.WARC) {
      // jwarc reads gzip itself, and positions are then offsets in the file as stored
      return WarcFileReader.read(
          ctx.inputFile(),
          buffered,
          offset -> openAt(source, offset),
          HtmlArticleParser::parse,
          s.maxFileBytes());
    }
    // created only now: the inflater reads the gzip header as soon as it is constructed
    InputStream inflated = gzipped ? new GZIPInputStream(buffered, BUFFER) : buffered;
    // line-based records survive a cut: the guard sits under the buffer, so no bytes read before
    // the cut are dropped with the exception
    Optional<StopAtTruncation> cut =
        gzipped && (format == InputFormat.JSON_LINES || format == InputFormat.CSV)
            ? Optional.of(new StopAtTruncation(inflated))
            : Optional.empty();
    BufferedInputStream content =
        gzipped
            ? new BufferedInputStream(cut.<InputStream>map(c -> c).orElse(inflated), BUFFER)
            : buffered;
    return switch (format) {
      case WARC -> throw new IllegalStateException("WARC is read above");
      case JSON_LINES ->
          keepBeforeCut(
              ctx,
              cut,
              JsonRecordReader.readLines(content, ctx, s.fields(), HTML, s.maxFileBytes()));
      case JSON -> JsonRecordReader.readDocument(content, ctx, s.fields(), HTML);
      case CSV ->
          keepBeforeCut(
              ctx, cut, CsvRecordReader.read(content, ctx, s.fields(), HTML, s.maxFileBytes()));
      case PARQUET -> parquet(ctx, source, s);
      case HTML, TEXT ->
          page(
              ctx,
              entry,
              content,
              format,
              s,
              gzipped ? InputReader.Compression.GZIP : InputReader.Compression.NONE);
    };
  }

  /**
   * The records of a line-based file read through {@code guard}; when its gzip data was cut short,
   * they are those before the cut, and one {@link RejectReason#TRUNCATED_GZIP} reject at the next
   * position stands for the rest (the lines after the cut are gone, and nothing says how many).
   */
  private static FileOutcome keepBeforeCut(
      PageContext ctx, Optional<StopAtTruncation> guard, FileOutcome o) {
    Optional<IOException> cut = guard.flatMap(StopAtTruncation::cut);
    if (cut.isEmpty()) {
      return o;
    }
    long next =
        1
            + Math.max(
                o.articles().stream().mapToLong(Article::position).max().orElse(0),
                o.rejects().stream().mapToLong(Reject::position).max().orElse(0));
    List<Reject> rejects = new ArrayList<>(o.rejects());
    rejects.add(
        new Reject(
            ctx.inputFile(),
            next,
            RejectReason.TRUNCATED_GZIP,
            "gzip stream is truncated or corrupt after record "
                + (next - 1)
                + ": the records before it are kept, those after it are lost ("
                + cut.get().getMessage()
                + ")",
            ""));
    return new FileOutcome(o.articles(), rejects, o.skipped());
  }

  private static InputStream openAt(InputSource source, long offset) throws IOException {
    InputStream in = source.open();
    try {
      in.skipNBytes(offset);
      return in;
    } catch (IOException e) {
      in.close();
      throw e;
    }
  }

  private static FileOutcome parquet(PageContext ctx, InputSource source, ParseOptions s)
      throws IOException {
    Optional<InputSource.HadoopFile> f = source.hadoopFile();
    if (f.isEmpty()) {
      return FileOutcome.rejected(
          Reject.ofFile(
              ctx.inputFile(),
              RejectReason.UNKNOWN_FORMAT,
              "Parquet input needs a file system path"));
    }
    return ParquetRecordReader.read(f.get().path(), f.get().conf(), ctx, s.fields(), HTML);
  }

  private static FileOutcome page(
      PageContext ctx,
      Optional<ManifestEntry> entry,
      InputStream in,
      InputFormat format,
      ParseOptions s,
      InputReader.Compression compression) {
    InputReader.ReadResult read =
        InputReader.read(ctx.inputFile(), in, s.maxFileBytes(), compression);
    if (read instanceof InputReader.Failed f) {
      return FileOutcome.rejected(f.reject());
    }
    byte[] bytes = ((InputReader.Bytes) read).content();
    if (format == InputFormat.HTML) {
      if (TextDecoder.isBinary(bytes)) {
        // random bytes named .html would otherwise become an article of mojibake
        return FileOutcome.rejected(
            Reject.ofFile(
                ctx.inputFile(),
                RejectReason.BINARY,
                "content is binary, not HTML (NUL or control bytes)"));
      }
      String html = HtmlDecoder.decode(bytes, s.charset().map(c -> c.name()));
      return one(HtmlArticleParser.parse(html, ctx, 0), ctx, "no article text found in the HTML");
    }
    TextDecoder.DecodeResult decoded = TextDecoder.decode(ctx.inputFile(), bytes, s.charset());
    if (decoded instanceof TextDecoder.Failed f) {
      return FileOutcome.rejected(f.reject());
    }
    return parseText(((TextDecoder.Text) decoded).text(), ctx, entry);
  }

  /**
   * A text dump: the labelled news-page template when it matches, otherwise a line dump with
   * per-site chrome removal; either way the result must read like prose.
   */
  static FileOutcome parseText(String text, PageContext ctx, Optional<ManifestEntry> entry) {
    if (PageDumpParser.matches(text)) {
      return FileOutcome.of(PageDumpParser.parse(text, ctx).orElseThrow());
    }
    LineDumpResult lines = LineDumps.PARSER.parse(text, entry, ctx.inputFile());
    if (lines.reject().isPresent()) {
      return FileOutcome.rejected(lines.reject().get());
    }
    Optional<Article> article =
        lines.article().filter(a -> TextQuality.looksLikeProse(a.mainText()));
    return one(
        article, ctx, "no prose found: fewer than 20 words, or mostly paths, numbers or markup");
  }

  private static FileOutcome one(Optional<Article> article, PageContext ctx, String whyNot) {
    return article
        .map(a -> FileOutcome.of(List.of(a)))
        .orElseGet(
            () ->
                FileOutcome.rejected(Reject.ofFile(ctx.inputFile(), RejectReason.NO_TEXT, whyNot)));
  }

  /** The line-dump parser with the bundled chrome rules, loaded once per JVM. */
  private static final class LineDumps {
    static final LineDumpParser PARSER = LineDumpParser.withDefaultRules();
  }

  private static FileOutcome postProcess(FileOutcome outcome) {
    List<Article> done = new ArrayList<>(outcome.articles().size());
    for (Article a : outcome.articles()) {
      done.add(withLanguage(withoutFutureDate(a)));
    }
    return new FileOutcome(done, outcome.rejects(), outcome.skipped());
  }

  /**
   * A publication date after the crawl time is a parsing accident, not a fact: drop the date.
   * Without a crawl time the bound is this ingest's clock plus a day (a page dated tomorrow in
   * another time zone is no accident); a record dated 2099 would otherwise stretch every trend
   * table to a thousand empty months.
   */
  private static Article withoutFutureDate(Article a) {
    if (a.published().isEmpty()) {
      return a;
    }
    Instant bound = a.crawlTime().orElseGet(() -> Instant.now().plus(1, ChronoUnit.DAYS));
    ResolvedDate crawl = new ResolvedDate(bound, DatePrecision.SECOND, DateSource.METADATA);
    if (!DateParser.isAfter(a.published().get(), crawl)) {
      return a;
    }
    return copy(a, Optional.empty(), a.language(), Optional.of(Article.IMPLAUSIBLE_DATE));
  }

  private static Article withLanguage(Article a) {
    if (a.language().isPresent()) {
      return a;
    }
    return copy(
        a, a.published(), LanguageDetection.detect(a.title() + "\n" + a.mainText()), a.dateIssue());
  }

  private static Article copy(
      Article a,
      Optional<ResolvedDate> published,
      Optional<String> lang,
      Optional<String> dateIssue) {
    return new Article(
        a.articleId(),
        a.kind(),
        a.url(),
        a.source(),
        a.title(),
        a.summary(),
        a.editorNote(),
        a.body(),
        a.qa(),
        a.authors(),
        published,
        a.updatedAt(),
        a.crawlTime(),
        lang,
        a.inputFile(),
        a.position(),
        a.parser(),
        a.parentId(),
        dateIssue);
  }
}
