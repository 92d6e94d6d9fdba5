package dev.newsframes.lab.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The GVFC main-frame figures {@code evaluate frames --format gvfc} prints: k-fold stratified CV of
 * the mapping rule, Naive Bayes over lemmas, and Naive Bayes over lemmas plus the lexicon's frame
 * hits, beside the published baselines.
 *
 * @param rows one per model, in print order
 * @param folds k of the cross-validation
 * @param seed of the fold assignment
 */
public record GvfcEvaluation(List<Row> rows, int folds, long seed) {
  /** Published main-frame micro-F1 (Liu et al., CoNLL 2019, on their held-out test split). */
  public static final double PUBLISHED_NAIVE_BAYES = 0.65;

  public static final double PUBLISHED_BERT = 0.83;

  /** One model's cross-validated score. */
  public record Row(String model, GvfcModels.Score score) {}

  /**
   * Cross-validates the three models on {@code data}.
   *
   * @param mapping GVFC frame -> lexicon frame, for the mapping rule
   * @param frames the lexicon's frame ids, whose hits Naive Bayes reads as words
   */
  public static GvfcEvaluation crossValidate(
      List<GvfcHeadline> data,
      Map<Integer, String> mapping,
      List<String> frames,
      int k,
      long seed) {
    List<Row> rows = new ArrayList<>();
    rows.add(
        row(
            "mapping rule (mapped frame with most hits)",
            data,
            k,
            seed,
            (tr, te) -> GvfcModels.mappingRule(tr, te, mapping)));
    rows.add(row("Naive Bayes over lemmas", data, k, seed, GvfcModels::naiveBayes));
    rows.add(
        row(
            "Naive Bayes over lemmas + lexicon frame hits",
            data,
            k,
            seed,
            (tr, te) -> GvfcModels.naiveBayes(tr, te, frames)));
    return new GvfcEvaluation(rows, k, seed);
  }

  private static Row row(
      String name, List<GvfcHeadline> data, int k, long seed, GvfcModels.Model model) {
    return new Row(name, GvfcModels.score(data, GvfcModels.crossValidate(data, k, seed, model)));
  }

  /** The figures as a table, the published baselines last. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%d-fold CV stratified by frame, seed %d (micro-F1 = accuracy: one main frame per"
                + " headline)%n",
            folds,
            seed));
    out.append(String.format(Locale.ROOT, "%-46s %9s %9s%n", "model", "micro-F1", "macro-F1"));
    for (Row r : rows) {
      out.append(
          String.format(
              Locale.ROOT, "%-46s %9.3f %9.3f%n", r.model(), r.score().micro(), r.score().macro()));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "%-46s %9.2f %9s%n%-46s %9.2f %9s%n",
            "published: Naive Bayes (Liu et al. 2019)",
            PUBLISHED_NAIVE_BAYES,
            "-",
            "published: BERT (Liu et al. 2019)",
            PUBLISHED_BERT,
            "-"));
    out.append(
        "The published figures are on GVFC's held-out test split with models trained on more"
            + " headlines; compare our models with each other on these folds.\n");
    return out.toString();
  }
}
