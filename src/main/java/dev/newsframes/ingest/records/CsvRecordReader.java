package dev.newsframes.ingest.records;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsframes.ingest.model.FileOutcome;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.ingest.model.RejectReason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV (or TSV) with a header row, streaming; quoted fields may span lines. The delimiter is a
 * tab for {@code .tsv} files, otherwise whichever of comma, semicolon and tab the header uses most.
 * Positions are the line numbers where records start.
 *
 * <p>Every record is counted: a record that does not parse, has more non-empty cells than the
 * header has columns, or is longer than the limit is a reject, and a quote that never closes costs
 * only the line that opened it (see {@link CsvRecordAssembler}).
 */
public final class CsvRecordReader {
  private static final int HEADER_PEEK = 1 << 16;

  private CsvRecordReader() {}

  /**
   * Reads a CSV or TSV file with a header row. A line longer than {@code maxRecordChars} bytes, or
   * a record longer than that, becomes a {@code too_large} or {@code malformed_record} reject.
   */
  public static FileOutcome read(
      InputStream in,
      PageContext ctx,
      FieldMapping mapping,
      RecordMapper.HtmlExtractor html,
      long maxRecordChars)
      throws IOException {
    RecordSink sink = new RecordSink(ctx, mapping, html);
    // decoded before the delimiter is guessed from the header
    BufferedInputStream buffered =
        new BufferedInputStream(BoundedLineReader.decodedByItsMark(in), HEADER_PEEK);
    buffered.mark(HEADER_PEEK);
    String head = new String(buffered.readNBytes(HEADER_PEEK), StandardCharsets.UTF_8);
    buffered.reset();
    char delimiter = delimiter(ctx.inputFile(), head.lines().findFirst().orElse(""));
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    CsvRecordAssembler records = new CsvRecordAssembler(buffered, delimiter, maxRecordChars);
    Optional<CsvRecordAssembler.Line> header = records.nextLine();
    if (header.isEmpty() || header.get().line().text().isEmpty()) {
      sink.reject(
          0,
          header.isEmpty() ? RejectReason.EMPTY : RejectReason.TOO_LARGE,
          header.isEmpty()
              ? "CSV file has no header row"
              : "CSV header is not UTF-8 or longer than " + maxRecordChars + " bytes",
          "");
      return sink.outcome();
    }
    List<String> names =
        parse(header.get().line().text().get().replaceFirst("^\uFEFF", ""), format);
    for (Optional<CsvRecordAssembler.Assembled> next = records.next();
        next.isPresent();
        next = records.next()) {
      CsvRecordAssembler.Assembled a = next.get();
      if (a instanceof CsvRecordAssembler.Complete c) {
        record(c, names, format, sink, records);
      } else if (a instanceof CsvRecordAssembler.Unterminated u) {
        unterminated(u, sink);
      } else {
        badLine((CsvRecordAssembler.BadLine) a, maxRecordChars, sink);
      }
    }
    return sink.outcome();
  }

  private static void record(
      CsvRecordAssembler.Complete c,
      List<String> names,
      CSVFormat format,
      RecordSink sink,
      CsvRecordAssembler records) {
    long line = c.firstLine();
    List<String> cells;
    try {
      cells = parse(c.text(), format);
    } catch (UncheckedIOException | IllegalStateException e) {
      // most often a quote opened on this line and closed by a quote of a later record: the lines
      // after the first are read again, so those records are not lost with it
      records.readAgain(c.lines().subList(1, c.lines().size()));
      sink.reject(
          line,
          RejectReason.MALFORMED_RECORD,
          "CSV record from line "
              + line
              + " does not parse (a quote opened and not closed?): "
              + e.getMessage().replace("org.apache.commons.csv.CSVException: ", "")
              + " (lines counted from "
              + line
              + ")"
              + (c.lines().size() > 1 ? "; the lines after it are read as records" : ""),
          c.lines().get(0).line().text().orElse(""));
      return;
    }
    int used = cells.size();
    while (used > names.size() && cells.get(used - 1).isEmpty()) {
      used--;
    }
    if (used > names.size()) {
      sink.reject(
          line,
          RejectReason.MALFORMED_RECORD,
          "CSV record at line "
              + line
              + " has "
              + used
              + " cells, the header has "
              + names.size()
              + " columns",
          c.text());
      return;
    }
    sink.record(toObject(names, cells.subList(0, used)), line);
  }

  private static void unterminated(CsvRecordAssembler.Unterminated u, RecordSink sink) {
    long line = u.opening().number();
    sink.reject(
        line,
        RejectReason.MALFORMED_RECORD,
        "CSV line "
            + line
            + " opens a quoted field that is never closed; the lines after it are read as records",
        u.opening().line().text().orElse(""));
  }

  private static void badLine(CsvRecordAssembler.BadLine b, long max, RecordSink sink) {
    long line = b.line().number();
    boolean tooLarge = b.line().line().encoding() == BoundedLineReader.Encoding.UTF_8;
    sink.reject(
        line,
        tooLarge ? RejectReason.TOO_LARGE : RejectReason.BAD_ENCODING,
        tooLarge
            ? "CSV line "
                + line
                + " has "
                + b.line().line().bytes()
                + " bytes, over the limit of "
                + max
                + " (--max-file-size)"
            : "CSV line " + line + " is not UTF-8",
        "");
  }

  /** The cells of one record's text. */
  private static List<String> parse(String text, CSVFormat format) {
    try (CSVParser p = CSVParser.parse(text, format)) {
      List<CSVRecord> all = p.getRecords();
      if (all.size() != 1) {
        throw new IllegalStateException("expected one record, found " + all.size());
      }
      return all.get(0).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode toObject(List<String> names, List<String> cells) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < cells.size(); i++) {
      String name = i < names.size() && !names.get(i).isBlank() ? names.get(i) : "_col" + i;
      o.put(name, cells.get(i));
    }
    return o;
  }

  static char delimiter(String file, String header) {
    if (file.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "").endsWith(".tsv")) {
      return '\t';
    }
    long commas = header.chars().filter(c -> c == ',').count();
    long semis = header.chars().filter(c -> c == ';').count();
    long tabs = header.chars().filter(c -> c == '\t').count();
    if (tabs > commas && tabs > semis) {
      return '\t';
    }
    return semis > commas ? ';' : ',';
  }
}
