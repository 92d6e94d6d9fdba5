package dev.newsframes.lab.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The climate narrative-frame articles (Frermann et al., ACL 2023; {@code
 * corpora/nlp/climate-frames/articles_metadata.tsv}): each article's text and its five binary frame
 * answers, and the documented mapping of those frames to the Media Frames lexicon's.
 *
 * <p>The file is tab-separated with CSV quoting (a text holding tabs or quotes is quoted, quotes
 * doubled; a few quoted texts hold a stray single quote, read past as Python's csv module does). A
 * row that ends after its text has no answers of its own; the source's one such row (ID 405) takes
 * its answers from {@code role_and_frame_annoations.tsv} (Resolution true, the others false), as
 * the corpus README says.
 */
public final class ClimateLabels {
  /**
   * Their frame column -> the lexicon frame it is scored against (docs/frame-presence.md, "Climate
   * frames"): Resolution -> policy prescription, Conflict -> political, Economic -> economic, Human
   * interest -> quality of life, Moral -> morality.
   */
  public static final Map<String, String> MAPPING =
      orderedMap(
          "RE", "policy_prescription_and_evaluation",
          "CO", "political",
          "EC", "economic",
          "HI", "quality_of_life",
          "MO", "morality");

  /** The row whose frame columns the source lost, and its answers from the roles file. */
  static final String ROW_WITHOUT_ANSWERS = "405";

  private ClimateLabels() {}

  /**
   * One article.
   *
   * @param answers frame column (RE, CO...) -> the aggregated answer
   */
  public record Row(String id, String date, String text, Map<String, Boolean> answers) {}

  /**
   * The articles of {@code tsv}, in file order.
   *
   * @throws IllegalArgumentException when the header lacks a column, or a row is neither complete
   *     nor the known short row
   */
  public static List<Row> read(Path tsv) throws IOException {
    try (Reader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      CSVFormat format =
          CSVFormat.TDF
              .builder()
              .setHeader()
              .setSkipHeaderRecord(true)
              .setTrim(false)
              .setTrailingData(true) // some texts hold a stray quote: read on, as Python's csv does
              .get();
      List<Row> out = new ArrayList<>();
      var parser = format.parse(in);
      List<String> header = parser.getHeaderNames();
      for (String column : List.of("ID", "date", "text")) {
        if (!header.contains(column)) {
          throw new IllegalArgumentException(tsv + " has no column " + column + ": " + header);
        }
      }
      for (String frame : MAPPING.keySet()) {
        if (!header.contains(frame)) {
          throw new IllegalArgumentException(tsv + " has no frame column " + frame);
        }
      }
      for (CSVRecord r : parser) {
        out.add(row(r, tsv));
      }
      return out;
    }
  }

  private static Row row(CSVRecord r, Path tsv) {
    String id = r.get("ID").strip();
    Map<String, Boolean> answers = new LinkedHashMap<>();
    boolean complete = r.isConsistent();
    if (!complete && !id.equals(ROW_WITHOUT_ANSWERS)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "%s line %d (ID %s) has %d cells, the header %d",
              tsv,
              r.getParser().getCurrentLineNumber(),
              id,
              r.size(),
              r.getParser().getHeaderNames().size()));
    }
    for (String frame : MAPPING.keySet()) {
      answers.put(frame, complete ? r.get(frame).strip().startsWith("True") : frame.equals("RE"));
    }
    return new Row(id, r.get("date").strip(), r.get("text"), answers);
  }

  /**
   * The articles as JSON Lines records for ingest (id, title, text, date; English), in order: the
   * warehouse's record position i+1 is row i.
   */
  public static List<Map<String, String>> ingestRecords(List<Row> rows) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Row r : rows) {
      out.add(
          Map.of(
              "id",
              "climate-" + r.id(),
              "title",
              "",
              "text",
              r.text(),
              "date",
              r.date(),
              "language",
              "en"));
    }
    return out;
  }

  private static Map<String, String> orderedMap(String... pairs) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }
}
