package dev.newsframes.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rows as RFC 4180 CSV (commons-csv, UTF-8 with a byte-order mark so spreadsheets pick the
 * encoding) for people who open the tables in a spreadsheet.
 *
 * <p>Scraped text is untrusted here too: a text cell starting with {@code = + - @}, a tab or a
 * carriage return would be run as a formula by spreadsheet programs (CSV injection), so it gets a
 * leading apostrophe, as OWASP recommends. Numbers are written as numbers. Only the CSV is changed:
 * the tables keep the text as it was scraped.
 */
public final class CsvExport {
  private CsvExport() {}

  /**
   * Writes the header and up to {@code maxRows} rows to {@code file}; returns the number of rows
   * written. Cells may be strings, numbers, dates, booleans, lists (joined with "; ") or null.
   */
  public static long write(
      Path file, List<String> header, Iterator<? extends List<?>> rows, long maxRows)
      throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    long written = 0;
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write('\uFEFF');
      CSVPrinter csv =
          CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out);
      while (written < maxRows && rows.hasNext()) {
        List<?> row = rows.next();
        for (Object cell : row) {
          csv.print(cell(cell));
        }
        csv.println();
        written++;
      }
      csv.flush();
    }
    return written;
  }

  /** The text of one cell: numbers and booleans as they are, any text neutralised. */
  static String cell(Object value) {
    String text = plain(value);
    return value instanceof Number || value instanceof Boolean ? text : neutralise(text);
  }

  private static String plain(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      return d.isNaN() || d.isInfinite()
          ? ""
          : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Iterable<?> items) {
      return StreamSupport.stream(items.spliterator(), false)
          .map(CsvExport::plain)
          .collect(Collectors.joining("; "));
    }
    return value.toString();
  }

  /**
   * Prefixes text a spreadsheet would evaluate as a formula with an apostrophe: text starting with
   * a trigger ({@code = + - @}, tab, CR), also after leading spaces (some spreadsheets strip them)
   * or as a full-width form (some locales read {@code ＝} as {@code =}).
   */
  static String neutralise(String text) {
    if (text.isEmpty()) {
      return text;
    }
    String afterSpaces = text.stripLeading();
    char c = afterSpaces.isEmpty() ? text.charAt(0) : afterSpaces.charAt(0);
    return trigger(text.charAt(0)) || trigger(c) ? "'" + text : text;
  }

  private static boolean trigger(char c) {
    return switch (c) {
      case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
      default -> false;
    };
  }
}
