package dev.newsframes.lab.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the Gun Violence Frame Corpus's CSV ({@code gvfc-dev.csv}: {@code news_title} and {@code Q3
 * Theme1}, other columns ignored); writes the headlines as JSON Lines for ingest.
 */
public final class GvfcLabels {
  static final String TITLE = "news_title";
  static final String THEME = "Q3 Theme1";

  private GvfcLabels() {}

  /** One labelled headline, in file order. */
  public record Row(String title, int theme) {}

  /**
   * The rows of {@code csv}; rows without a main frame (Theme1 99, as in gvfc-all-dev.csv) are
   * skipped. Fails naming the file and record on a missing column or an unreadable frame.
   */
  public static List<Row> read(Path csv) throws IOException {
    List<Row> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      var parser =
          CSVFormat.DEFAULT
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setAllowMissingColumnNames(true)
              .build()
              .parse(r);
      for (String column : List.of(TITLE, THEME)) {
        if (!parser.getHeaderMap().containsKey(column)) {
          throw new IllegalArgumentException(csv + " has no column '" + column + "'");
        }
      }
      for (CSVRecord rec : parser) {
        String theme = rec.get(THEME).strip();
        if (theme.equals("99")) {
          continue;
        }
        try {
          int frame = Integer.parseInt(theme);
          if (frame < 1 || frame > GvfcModels.FRAMES) {
            throw new IllegalArgumentException("GVFC main frame must be 1 to 9, got " + frame);
          }
          out.add(new Row(rec.get(TITLE).strip(), frame));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "Cannot read the main frame of "
                  + csv
                  + " record "
                  + rec.getRecordNumber()
                  + ": "
                  + e.getMessage(),
              e);
        }
      }
    }
    return out;
  }

  /**
   * The rows as JSON Lines for ingest, in order (record position = index + 1): the headline as
   * text, English forced (the language detector calls some short headlines non-English), one date.
   */
  public static List<Map<String, String>> ingestRecords(List<Row> rows) {
    List<Map<String, String>> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      out.add(
          Map.of(
              "id", "gvfc-" + i,
              "title", "",
              "text", rows.get(i).title(),
              "date", "2018-01-01",
              "language", "en"));
    }
    return out;
  }
}
