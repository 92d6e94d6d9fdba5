package dev.newsframes.ingest.records;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsframes.ingest.model.FileOutcome;
import dev.newsframes.ingest.model.PageContext;
import dev.newsframes.ingest.model.RejectReason;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV (or TSV) with a header row, streaming; quoted fields may span lines. The delimiter is a
 * tab for {@code .tsv} files, otherwise whichever of comma, semicolon and tab the header uses most.
 * Positions are the line numbers where records start.
 */
public final class CsvRecordReader {
  private CsvRecordReader() {}

  /**
   * Reads a CSV or TSV file with a header row. A record (or the header) longer than {@code
   * maxRecordChars} characters becomes a {@code too_large} reject, and the rest of the file is not
   * read: the parser cannot find the next record without reading through the long one.
   */
  public static FileOutcome read(
      InputStream in,
      PageContext ctx,
      FieldMapping mapping,
      RecordMapper.HtmlExtractor html,
      long maxRecordChars)
      throws IOException {
    RecordBoundedReader bounded =
        new RecordBoundedReader(new InputStreamReader(in, StandardCharsets.UTF_8), maxRecordChars);
    BufferedReader reader = new BufferedReader(bounded);
    RecordSink sink = new RecordSink(ctx, mapping, html);
    String header;
    try {
      reader.mark(1 << 16);
      header = reader.readLine();
      reader.reset();
    } catch (RecordBoundedReader.RecordTooLargeException e) {
      sink.reject(0, RejectReason.TOO_LARGE, "CSV header: " + e.getMessage(), "");
      return sink.outcome();
    }
    if (header == null) {
      sink.reject(0, RejectReason.EMPTY, "CSV file has no header row", "");
      return sink.outcome();
    }
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter(ctx.inputFile(), header))
            .setHeader()
            .setSkipHeaderRecord(true)
            .setAllowMissingColumnNames(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      List<String> names = parser.getHeaderNames();
      Iterator<CSVRecord> it = parser.iterator();
      while (true) {
        CSVRecord rec;
        long line = parser.getCurrentLineNumber() + 1;
        try {
          bounded.startRecord();
          if (!it.hasNext()) {
            break;
          }
          rec = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          if (e.getCause() instanceof RecordBoundedReader.RecordTooLargeException) {
            sink.reject(
                line,
                RejectReason.TOO_LARGE,
                "CSV record from line "
                    + line
                    + ": "
                    + e.getCause().getMessage()
                    + "; the rest of the file is not read",
                "");
            break;
          }
          sink.reject(
              line,
              RejectReason.MALFORMED_RECORD,
              "CSV is malformed from line " + line + ": " + e.getMessage(),
              "");
          break;
        }
        sink.record(toObject(names, rec), line);
      }
    }
    return sink.outcome();
  }

  private static ObjectNode toObject(List<String> names, CSVRecord rec) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    for (int i = 0; i < rec.size(); i++) {
      String name = i < names.size() && !names.get(i).isBlank() ? names.get(i) : "_col" + i;
      o.put(name, rec.get(i));
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
