package dev.newsframes.lab.evaluate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The GVFC main-frame figures {@code evaluate frames --format gvfc} prints: the mapping rule, Naive
 * Bayes over lemmas, Naive Bayes over lemmas plus the lexicon's frame hits and, when the headlines
 * carry sentence vectors, a logistic regression over them; k-fold stratified CV on one file or
 * fitted on one and scored on another, beside the published baselines.
 *
 * @param rows one per model, in print order
 * @param design how the figures were obtained (the CV or the held-out split), printed above them
 */
public record GvfcEvaluation(List<Row> rows, String design) {
  /** Published main-frame micro-F1 (Liu et al., CoNLL 2019, on their held-out test split). */
  public static final double PUBLISHED_NAIVE_BAYES = 0.65;

  public static final double PUBLISHED_BERT = 0.83;

  /**
   * L2 penalty of the logistic regression over sentence vectors: the best of 1, 3 and 10 in 10-fold
   * CV on gvfc-dev (bge-small, seeds 42 / 1 / 2: 0.756-0.769, 0.768-0.783, 0.772-0.786 micro-F1).
   */
  public static final double VECTOR_LAMBDA = 10;

  /** The name of the sentence-vector model's row. */
  public static final String VECTOR_MODEL = "logistic regression over bge-small vectors";

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
    models(mapping, frames, encoded(data))
        .forEach(
            (name, model) ->
                rows.add(
                    new Row(
                        name,
                        GvfcModels.score(data, GvfcModels.crossValidate(data, k, seed, model)))));
    return new GvfcEvaluation(
        rows, String.format(Locale.ROOT, "%d-fold CV stratified by frame, seed %d", k, seed));
  }

  /** The three models fitted on {@code train} and scored on {@code test}. */
  public static GvfcEvaluation heldOut(
      List<GvfcHeadline> train,
      List<GvfcHeadline> test,
      Map<Integer, String> mapping,
      List<String> frames) {
    List<Row> rows = new ArrayList<>();
    models(mapping, frames, encoded(train) && encoded(test))
        .forEach(
            (name, model) ->
                rows.add(new Row(name, GvfcModels.score(test, model.apply(train, test)))));
    return new GvfcEvaluation(
        rows,
        String.format(
            Locale.ROOT,
            "fitted on %d headlines, scored on %d held-out headlines",
            train.size(),
            test.size()));
  }

  private static boolean encoded(List<GvfcHeadline> data) {
    return !data.isEmpty() && data.stream().allMatch(h -> h.vector().length > 0);
  }

  private static Map<String, GvfcModels.Model> models(
      Map<Integer, String> mapping, List<String> frames, boolean vectors) {
    Map<String, GvfcModels.Model> out = new LinkedHashMap<>();
    out.put(
        "mapping rule (mapped frame with most hits)",
        (tr, te) -> GvfcModels.mappingRule(tr, te, mapping));
    out.put("Naive Bayes over lemmas", GvfcModels::naiveBayes);
    out.put(
        "Naive Bayes over lemmas + lexicon frame hits",
        (tr, te) -> GvfcModels.naiveBayes(tr, te, frames));
    if (vectors) {
      out.put(VECTOR_MODEL, (tr, te) -> GvfcModels.sentenceVectors(tr, te, VECTOR_LAMBDA));
    }
    return out;
  }

  /** The figures as a table, the published baselines last. */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(design).append(" (micro-F1 = accuracy: one main frame per headline)\n");
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
            + " headlines; compare our models with each other on the same headlines.\n");
    return out.toString();
  }
}
