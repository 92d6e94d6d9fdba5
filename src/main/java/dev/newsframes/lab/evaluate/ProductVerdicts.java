package dev.newsframes.lab.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The product's verdicts on labelled pages, from its {@code article_frames} and {@code
 * article_topics} rows: what {@code newsframes evaluate frames} scores and writes.
 *
 * <p>A page the product holds but whose article hits nothing gets "nothing present"; a page it does
 * not hold gets no verdict, so {@link FrameScorer} counts it as unmatched. The dominant of two is
 * the present one of the pair; when both are present, the higher score, then more sentences; an
 * exact tie is {@code both}.
 */
public final class ProductVerdicts {
  private ProductVerdicts() {}

  /**
   * One product row for a labelled page.
   *
   * @param file the label's file
   * @param frame a frame id, or the topic id
   * @param present the product's {@code present}
   * @param score the product's {@code score}
   * @param sentences sentences of the article hitting the frame (or topic)
   */
  public record Row(String file, String frame, boolean present, double score, int sentences) {}

  /**
   * A codebook question and the product frame (or topic) that answers it, e.g. {@code about_ai}
   * answered by topic {@code ai}.
   */
  public record Question(String key, String frame) {
    /** {@code key} or {@code key=frame}; a bare key is answered by the frame of the same id. */
    public static Question parse(String spec) {
      int eq = spec.indexOf('=');
      return eq < 0
          ? new Question(spec.strip(), spec.strip())
          : new Question(spec.substring(0, eq).strip(), spec.substring(eq + 1).strip());
    }
  }

  /**
   * Verdicts for every page in {@code heldFiles} (the labelled pages the product holds).
   *
   * @param pair the two frames of the codebook's dominant question, e.g. regulation and
   *     competitiveness
   */
  public static List<ArticleVerdict> verdicts(
      Set<String> heldFiles, List<Row> rows, List<Question> questions, List<String> pair) {
    Map<String, Map<String, Row>> byFile = byFile(rows);
    List<ArticleVerdict> out = new ArrayList<>();
    for (String file : new TreeSet<>(heldFiles)) {
      Map<String, Row> frames = byFile.getOrDefault(file, Map.of());
      Map<String, Boolean> present = new LinkedHashMap<>();
      for (Question q : questions) {
        present.put(
            q.key(), Optional.ofNullable(frames.get(q.frame())).map(Row::present).orElse(false));
      }
      out.add(
          new ArticleVerdict(
              file,
              present,
              Optional.of(dominant(frames.get(pair.get(0)), frames.get(pair.get(1)), pair))));
    }
    return out;
  }

  /**
   * Tab-separated lines, header first: input_file, frame, present, score per held page and
   * question.
   */
  public static List<String> predictionLines(
      Set<String> heldFiles, List<Row> rows, List<Question> questions) {
    Map<String, Map<String, Row>> byFile = byFile(rows);
    List<String> out = new ArrayList<>(List.of("input_file\tframe\tpresent\tscore"));
    for (String file : new TreeSet<>(heldFiles)) {
      for (Question q : questions) {
        Optional<Row> r = Optional.ofNullable(byFile.getOrDefault(file, Map.of()).get(q.frame()));
        out.add(
            String.format(
                Locale.ROOT,
                "%s\t%s\t%b\t%.4f",
                file,
                q.frame(),
                r.map(Row::present).orElse(false),
                r.map(Row::score).orElse(0.0)));
      }
    }
    return out;
  }

  private static String dominant(Row a, Row b, List<String> pair) {
    boolean pa = a != null && a.present();
    boolean pb = b != null && b.present();
    if (!pa && !pb) {
      return "neither";
    }
    if (pa != pb) {
      return pa ? pair.get(0) : pair.get(1);
    }
    int c = Double.compare(a.score(), b.score());
    c = c != 0 ? c : Integer.compare(a.sentences(), b.sentences());
    return c > 0 ? pair.get(0) : c < 0 ? pair.get(1) : "both";
  }

  private static Map<String, Map<String, Row>> byFile(List<Row> rows) {
    Map<String, Map<String, Row>> out = new HashMap<>();
    rows.forEach(
        r -> out.computeIfAbsent(r.file(), f -> new HashMap<>()).putIfAbsent(r.frame(), r));
    return out;
  }
}
