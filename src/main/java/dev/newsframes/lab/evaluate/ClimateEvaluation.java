package dev.newsframes.lab.evaluate;

import dev.newsframes.trends.presence.ArticleFrameFeatures;
import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.FallbackRule;
import dev.newsframes.trends.presence.LogisticRegression;
import dev.newsframes.trends.presence.PresenceFitter;
import dev.newsframes.trends.presence.StratifiedFolds;
import dev.newsframes.trends.presence.ThresholdRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The climate narrative frames as {@code evaluate frames --format climate} prints them: for each of
 * the five frames, mapped to a lexicon frame ({@link ClimateLabels#MAPPING}), the product's rule
 * for a frame without a fitted model (the fallback, {@link FallbackRule#DEFAULT}), any hit, a
 * presence model fitted on the mapped frame's own counts (nested k-fold CV), answering yes
 * everywhere, which is the bar a measurement must clear, and, when the articles carry sentence
 * vectors, a logistic regression over them (k-fold CV), which reads the frame from the article's
 * wording rather than from the lexicon.
 *
 * @param frames one per climate frame, in {@link ClimateLabels#MAPPING} order
 * @param methods the methods scored, in print order: {@link #METHODS}, then {@link #VECTOR_MODEL}
 *     when the articles carry vectors
 * @param design how the CV figures were obtained, printed above them
 */
public record ClimateEvaluation(List<Frame> frames, List<String> methods, String design) {
  /** The lexicon's methods, in print order. */
  public static final List<String> METHODS =
      List.of("yes everywhere", "fallback 2,2 (product)", "any hit", "CV model");

  /** The sentence-vector model's column. */
  public static final String VECTOR_MODEL = "CV bge-small vectors";

  /**
   * L2 penalty of the logistic regression over article vectors: the lab's strongest setting of 1 /
   * 10 / 100 for the two narrative frames (human interest, moral) in 10-fold CV on the dev articles
   * ({@code ClimateEmbeddingStudy}); not chosen per fold, so mildly optimistic.
   */
  public static final double VECTOR_LAMBDA = 100;

  /**
   * One climate frame's scores.
   *
   * @param scores by {@link #methods()}, in that order; a CV model's is null when the frame has too
   *     few positives (or negatives) for the folds
   */
  public record Frame(String column, String lexiconFrame, List<BinaryScore> scores) {}

  /**
   * Scores every mapped frame.
   *
   * @param answers per article, its frame answers (column -> answer)
   * @param hits per article (same order), the lexicon's hits; an article the warehouse lacks has
   *     none
   * @param vectors per article (same order), the sum of its sentences' unit vectors; empty to leave
   *     out the vector model
   * @param inputs the presence model's inputs for the CV model
   */
  public static ClimateEvaluation of(
      List<Map<String, Boolean>> answers,
      List<ArticleHits> hits,
      Optional<List<double[]>> vectors,
      List<String> inputs,
      PresenceFitter.Options options) {
    if (answers.size() != hits.size()) {
      throw new IllegalArgumentException(
          answers.size() + " labelled articles but " + hits.size() + " hit lists");
    }
    if (vectors.isPresent() && vectors.get().size() != answers.size()) {
      throw new IllegalArgumentException(
          answers.size() + " labelled articles but " + vectors.get().size() + " vectors");
    }
    List<String> methods = new ArrayList<>(METHODS);
    vectors.ifPresent(v -> methods.add(VECTOR_MODEL));
    List<Frame> out = new ArrayList<>();
    for (Map.Entry<String, String> m : ClimateLabels.MAPPING.entrySet()) {
      String column = m.getKey();
      List<ArticleFrameFeatures> counts = new ArrayList<>();
      List<PresenceFitter.Example> examples = new ArrayList<>();
      List<Boolean> labels = new ArrayList<>();
      for (int i = 0; i < answers.size(); i++) {
        ArticleFrameFeatures f =
            ArticleFrameFeatures.of(hits.get(i), m.getValue(), Optional.empty(), Optional.empty());
        boolean label = answers.get(i).get(column);
        counts.add(f);
        labels.add(label);
        examples.add(PresenceFitter.Example.of(String.valueOf(i), inputs, hits.get(i), f, label));
      }
      List<BinaryScore> scores = new ArrayList<>();
      scores.add(score(column, labels, counts, f -> true));
      scores.add(score(column, labels, counts, FallbackRule.DEFAULT::present));
      scores.add(score(column, labels, counts, FallbackRule.ANY_HIT::present));
      scores.add(crossValidated(column, m.getValue(), inputs, examples, options));
      if (vectors.isPresent()) {
        boolean[] y = new boolean[labels.size()];
        for (int i = 0; i < y.length; i++) {
          y[i] = labels.get(i);
        }
        double[][] x = vectors.get().toArray(double[][]::new);
        scores.add(
            vectorsCrossValidated(x, y, options.folds(), options.seed(), VECTOR_LAMBDA)
                .map(p -> BinaryScore.of(column, labels, p))
                .orElse(null));
      }
      out.add(new Frame(column, m.getValue(), scores));
    }
    String design =
        String.format(
            Locale.ROOT,
            "CV model: nested %d-fold stratified CV of a presence model over the mapped frame's"
                + " own counts (seed %d)",
            options.folds(),
            options.seed());
    if (vectors.isPresent()) {
      design +=
          String.format(
              Locale.ROOT,
              "%n%s: the sum of each article's sentence vectors, L2 logistic regression (lambda"
                  + " %.0f) thresholded to the training share, %d-fold stratified CV (seed %d)",
              VECTOR_MODEL,
              VECTOR_LAMBDA,
              options.folds(),
              options.seed());
    }
    return new ClimateEvaluation(out, List.copyOf(methods), design);
  }

  /**
   * Per article, the sum of its sentences' vectors, encoded in one pass; an article without
   * sentences gets the zero vector.
   *
   * @param sentences per article, its sentences; at least one in all
   * @param encoder one unit vector per text, in order
   */
  public static List<double[]> articleVectors(
      List<List<String>> sentences, Function<List<String>, List<float[]>> encoder) {
    List<String> all = sentences.stream().flatMap(List::stream).toList();
    if (all.isEmpty()) {
      throw new IllegalArgumentException("no article has a sentence to encode");
    }
    List<float[]> encoded = encoder.apply(all);
    int width = encoded.get(0).length;
    List<double[]> out = new ArrayList<>(sentences.size());
    int at = 0;
    for (List<String> article : sentences) {
      double[] sum = new double[width];
      for (int s = 0; s < article.size(); s++) {
        float[] v = encoded.get(at++);
        for (int j = 0; j < width; j++) {
          sum[j] += v[j];
        }
      }
      out.add(sum);
    }
    return out;
  }

  /**
   * Out-of-fold answers of an L2 logistic regression over {@code x}: k-fold stratified CV, each
   * fold's threshold marking as many of its training articles as are coded yes ({@link
   * ThresholdRule#MATCH_SHARE} on the training fit); empty when the frame has fewer than {@code k}
   * positives or negatives.
   */
  public static Optional<List<Boolean>> vectorsCrossValidated(
      double[][] x, boolean[] y, int k, long seed, double lambda) {
    int positives = 0;
    for (boolean b : y) {
      positives += b ? 1 : 0;
    }
    if (positives < k || y.length - positives < k) {
      return Optional.empty();
    }
    int[] folds = StratifiedFolds.assign(y, k, seed);
    Boolean[] predicted = new Boolean[y.length];
    for (int fold = 0; fold < k; fold++) {
      List<Integer> train = new ArrayList<>();
      for (int i = 0; i < y.length; i++) {
        if (folds[i] != fold) {
          train.add(i);
        }
      }
      double[][] tx = train.stream().map(i -> x[i]).toArray(double[][]::new);
      boolean[] ty = new boolean[train.size()];
      for (int i = 0; i < ty.length; i++) {
        ty[i] = y[train.get(i)];
      }
      LogisticRegression.Fit fit = LogisticRegression.fit(tx, ty, lambda);
      boolean[] eligible = new boolean[ty.length];
      Arrays.fill(eligible, true);
      double threshold =
          ThresholdRule.MATCH_SHARE.choose(
              Arrays.stream(tx).mapToDouble(fit::probability).toArray(), eligible, ty);
      for (int i = 0; i < y.length; i++) {
        if (folds[i] == fold) {
          predicted[i] = fit.probability(x[i]) >= threshold;
        }
      }
    }
    return Optional.of(Arrays.asList(predicted));
  }

  /** The CV model's score, or null when a fold has too few positives or negatives to fit. */
  private static BinaryScore crossValidated(
      String column,
      String frame,
      List<String> inputs,
      List<PresenceFitter.Example> examples,
      PresenceFitter.Options options) {
    List<PresenceFitter.Prediction> predictions;
    try {
      predictions =
          PresenceFitter.crossValidate(frame, Optional.empty(), inputs, examples, options);
    } catch (IllegalArgumentException e) { // too few positives for the folds
      return null;
    }
    return BinaryScore.of(
        column,
        predictions.stream().map(PresenceFitter.Prediction::label).toList(),
        predictions.stream().map(PresenceFitter.Prediction::present).toList());
  }

  static BinaryScore score(
      String column,
      List<Boolean> labels,
      List<ArticleFrameFeatures> counts,
      Predicate<ArticleFrameFeatures> rule) {
    return BinaryScore.of(column, labels, counts.stream().map(rule::test).toList());
  }

  /** The printed table: per frame, positives, then F1 and share of each method. */
  public String table() {
    StringBuilder s = new StringBuilder(design).append('\n');
    s.append("Each cell: F1 / share of the articles marked present; share: the coders'.\n");
    s.append(String.format(Locale.ROOT, "%-4s %-36s %5s %7s", "", "lexicon frame", "pos", "share"));
    for (String m : methods) {
      s.append(String.format(Locale.ROOT, " | %-22s", m));
    }
    s.append('\n');
    for (Frame f : frames) {
      BinaryScore any = f.scores().get(0);
      s.append(
          String.format(
              Locale.ROOT,
              "%-4s %-36s %5d %6.1f%%",
              f.column(),
              f.lexiconFrame(),
              any.tp() + any.fn(),
              100 * any.labelShare()));
      for (BinaryScore b : f.scores()) {
        String cell =
            b == null
                ? "too few to fit"
                : String.format(Locale.ROOT, "%.3f / %.1f%%", b.f1(), 100 * b.predictedShare());
        s.append(String.format(Locale.ROOT, " | %-22s", cell));
      }
      s.append('\n');
    }
    return s.toString();
  }
}
