package dev.newsframes.lab.evaluate;

import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.Presence;
import dev.newsframes.trends.presence.PresenceInputs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The out-of-fold answers of a cross-validation beside the coders', one line per labelled article
 * and question (and one for the dominant question): where to start reading when the figures
 * disappoint, and what an outside scorer needs to check them.
 *
 * <p>TSV columns: input_file, fold, question, coders ({@code true}/{@code false}, the dominant
 * answer, or empty where the coders disagreed), product (its answer), score (the presence score;
 * empty for the dominant question), agrees ({@code true}/{@code false}, empty where the coders gave
 * no answer). Articles in file order, questions in the setup's order, dominant last.
 *
 * @param lines the header and one line per article and question
 * @param answers the lines with a coders' answer
 * @param disagreements those whose product answer differs
 */
public record CvPredictions(List<String> lines, int answers, int disagreements) {
  public static final String HEADER =
      "input_file\tfold\tquestion\tcoders\tproduct\tscore\tagrees\tterms";

  /** The question name of the dominant-of-two lines. */
  public static final String DOMINANT = "dominant";

  public CvPredictions {
    lines = List.copyOf(lines);
  }

  /**
   * The lines of {@code result}, a run of {@code setup} over {@code labels}; {@code hits} (by file)
   * give the terms.
   */
  public static CvPredictions of(
      PresenceCv.Setup setup,
      List<CodebookLabel> labels,
      PresenceCv.Result result,
      Map<String, ArticleHits> hits) {
    Map<String, ArticleVerdict> verdicts =
        result.verdicts().stream()
            .collect(Collectors.toMap(ArticleVerdict::file, Function.identity(), (a, b) -> a));
    List<String> lines = new ArrayList<>(List.of(HEADER));
    int answers = 0;
    int disagreements = 0;
    List<CodebookLabel> articles =
        labels.stream()
            .filter(CodebookLabel::isArticle)
            .filter(l -> verdicts.containsKey(l.file()))
            .sorted(Comparator.comparing(CodebookLabel::file))
            .toList();
    for (CodebookLabel l : articles) {
      int fold = result.folds().get(l.file());
      Map<String, Presence> p = result.presences().get(l.file());
      for (Map.Entry<String, String> q : setup.questions().entrySet()) {
        Presence presence = p.get(q.getValue());
        Optional<String> coders = l.answer(q.getKey()).map(String::valueOf);
        String score = String.format(Locale.ROOT, "%.4f", presence.score());
        String product = String.valueOf(presence.present());
        String terms = terms(hits.get(l.file()), q.getValue());
        lines.add(line(l.file(), fold, q.getKey(), coders, product, score, terms));
        answers += coders.isPresent() ? 1 : 0;
        disagreements += disagrees(coders, String.valueOf(presence.present())) ? 1 : 0;
      }
      String dominant = verdicts.get(l.file()).dominant().orElse("");
      lines.add(line(l.file(), fold, DOMINANT, l.dominant(), dominant, "", ""));
      answers += l.dominant().isPresent() ? 1 : 0;
      disagreements += disagrees(l.dominant(), dominant) ? 1 : 0;
    }
    return new CvPredictions(lines, answers, disagreements);
  }

  /** The frame's matched terms with the sentences each hits, most first, then by name. */
  private static String terms(ArticleHits article, String frame) {
    if (article == null) {
      return "";
    }
    return PresenceInputs.termSentences(article, frame).entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .map(e -> e.getKey() + ":" + e.getValue())
        .collect(Collectors.joining(","));
  }

  private static boolean disagrees(Optional<String> coders, String product) {
    return coders.isPresent() && !coders.get().equals(product);
  }

  private static String line(
      String file,
      int fold,
      String question,
      Optional<String> coders,
      String product,
      String score,
      String terms) {
    String agrees = coders.map(c -> String.valueOf(c.equals(product))).orElse("");
    return String.join(
        "\t",
        file,
        String.valueOf(fold),
        question,
        coders.orElse(""),
        product,
        score,
        agrees,
        terms);
  }
}
