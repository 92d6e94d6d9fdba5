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

  public static FileOutcome read(
      InputStream in, PageContext ctx, FieldMapping mapping, RecordMapper.HtmlExtractor html)
      throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    reader.mark(1 << 16);
    String header = reader.readLine();
    reader.reset();
    RecordSink sink = new RecordSink(ctx, mapping, html);
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
          if (!it.hasNext()) {
            break;
          }
          rec = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
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
