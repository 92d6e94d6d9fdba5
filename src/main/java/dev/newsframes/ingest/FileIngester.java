package dev.newsframes.ingest;

import dev.newsframes.ingest.dump.PageDumpParser;
import dev.newsframes.ingest.dump.PlainTextParser;
import dev.newsframes.ingest.input.InputFormat;
import dev.newsframes.ingest.input.InputReader;
import dev.newsframes.ingest.input.TextDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns one input file into articles and rejects, whatever its format.
 *
 * <p>Never throws for bad content; every failure becomes a reject naming the file (and, for
 * multi-record formats, the record's position). Language is detected on every record.
 */
public final class FileIngester {
  private static final int HEAD_BYTES = 512;

  private FileIngester() {}

  /** Opens a file's raw bytes; called once per file. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  /** Reads, detects, parses and language-tags one file. */
  public static FileOutcome ingest(PageContext ctx, Opener opener, IngestSettings settings) {
    PageContext context = ctx.withDefaultCrawlTime(settings.crawlTime());
    FileOutcome outcome;
    try (InputStream raw = opener.open()) {
      outcome = readAndParse(context, raw, settings);
    } catch (IOException | RuntimeException e) {
      // a parser bug must not lose the file: it becomes a reject with the cause
      outcome =
          FileOutcome.rejected(
              Reject.ofFile(ctx.inputFile(), RejectReason.READ_ERROR, "cannot ingest: " + e));
    }
    return withLanguages(outcome);
  }

  private static FileOutcome readAndParse(PageContext ctx, InputStream raw, IngestSettings s) {
    InputReader.ReadResult read = InputReader.read(ctx.inputFile(), raw, s.maxFileBytes());
    if (read instanceof InputReader.Failed f) {
      return FileOutcome.rejected(f.reject());
    }
    byte[] bytes = ((InputReader.Bytes) read).content();
    byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, HEAD_BYTES));
    InputFormat format = InputFormat.detect(ctx.inputFile(), head);
    if (format != InputFormat.TEXT) {
      return FileOutcome.rejected(
          Reject.ofFile(
              ctx.inputFile(),
              RejectReason.UNKNOWN_FORMAT,
              format + " input is not supported by this version of ingest"));
    }
    TextDecoder.DecodeResult decoded = TextDecoder.decode(ctx.inputFile(), bytes, s.charset());
    if (decoded instanceof TextDecoder.Failed f) {
      return FileOutcome.rejected(f.reject());
    }
    return parseText(((TextDecoder.Text) decoded).text(), ctx);
  }

  static FileOutcome parseText(String text, PageContext ctx) {
    if (PageDumpParser.matches(text)) {
      return FileOutcome.of(PageDumpParser.parse(text, ctx).orElseThrow());
    }
    Optional<Article> plain = PlainTextParser.parse(text, ctx);
    return plain
        .map(a -> FileOutcome.of(List.of(a)))
        .orElseGet(
            () ->
                FileOutcome.rejected(
                    Reject.ofFile(
                        ctx.inputFile(), RejectReason.NO_TEXT, "no text left after parsing")));
  }

  private static FileOutcome withLanguages(FileOutcome outcome) {
    List<Article> tagged = new ArrayList<>(outcome.articles().size());
    for (Article a : outcome.articles()) {
      tagged.add(a.language().isPresent() ? a : withLanguage(a));
    }
    return new FileOutcome(tagged, outcome.rejects(), outcome.skipped());
  }

  private static Article withLanguage(Article a) {
    Optional<String> lang = LanguageDetection.detect(a.title() + "\n" + a.mainText());
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
        a.published(),
        a.updatedAt(),
        a.crawlTime(),
        lang,
        a.inputFile(),
        a.position(),
        a.parser(),
        a.parentId());
  }
}
