package dev.newsframes.nlp;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the small tab-separated lists in {@code jobs/}: {@code #} comments and blank lines skipped.
 */
final class TsvRows {
  private static final CSVFormat FORMAT =
      CSVFormat.TDF
          .builder()
          .setCommentMarker('#')
          .setIgnoreEmptyLines(true)
          .setIgnoreSurroundingSpaces(true)
          // names such as "U.S." or 'Llama "3"' are plain text, never quoted fields
          .setQuote(null)
          .get();

  /** One data row and where it came from. */
  record Row(String source, long line, List<String> cells) {
    String where() {
      return source + " line " + line;
    }
  }

  private TsvRows() {}

  /** The rows of a TSV text; {@code source} names it in error messages. */
  static List<Row> parse(String text, String source) {
    List<Row> rows = new ArrayList<>();
    try (var parser = FORMAT.parse(new StringReader(text))) {
      for (CSVRecord rec : parser) {
        List<String> cells = new ArrayList<>();
        rec.forEach(c -> cells.add(c.strip()));
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
          cells.remove(cells.size() - 1);
        }
        if (!cells.isEmpty()) {
          rows.add(new Row(source, parser.getCurrentLineNumber(), List.copyOf(cells)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + source + ": " + e.getMessage(), e);
    }
    return rows;
  }
}
