package dev.newsframes.lab.evaluate;

import dev.newsframes.trends.presence.ArticleFrameFeatures;
import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.FallbackRule;
import dev.newsframes.trends.presence.FrameModel;
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
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The climate narrative frames as {@code evaluate frames --format climate} prints them: for each of
 * the five frames, mapped to a lexicon frame ({@link ClimateLabels#MAPPING}), the product's rule
 * for a frame without a fitted model (the fallback, {@link FallbackRule#DEFAULT}), any hit, a
 * presence model over the mapped frame's own counts, answering yes everywhere, which is the bar a
 * measurement must clear, and, when the articles carry sentence vectors, a logistic regression over
 * them, which reads the frame from the article's wording rather than from the lexicon. The two
 * models are cross-validated on one set ({@link #crossValidate}) or fitted on one set and scored on
 * another ({@link #heldOut}).
 *
 * @param frames one per climate frame, in {@link ClimateLabels#MAPPING} order
 * @param methods the methods scored, in print order: {@link #METHODS}, then {@link #VECTOR_MODEL}
 *     when the articles carry vectors
 * @param design how the models' figures were obtained, printed above them
 */
public record ClimateEvaluation(List<Frame> frames, List<String> methods, String design) {
  /** The lexicon's methods, in print order. */
  public static final List<String> METHODS =
      List.of("yes everywhere", "fallback 2,2 (product)", "any hit", "presence model");

  /** The sentence-vector model's column. */
  public static final String VECTOR_MODEL = "bge-small vectors";

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
   * Labelled articles, parallel lists.
   *
   * @param answers per article, its frame answers (column -> answer)
   * @param hits per article, the lexicon's hits; an article the warehouse lacks has none
   * @param vectors per article, the sum of its sentences' unit vectors; empty to leave out the
   *     vector model
   */
  public record Articles(
      List<Map<String, Boolean>> answers,
      List<ArticleHits> hits,
      Optional<List<double[]>> vectors) {
    public Articles {
      if (answers.size() != hits.size()) {
        throw new IllegalArgumentException(
            answers.size() + " labelled articles but " + hits.size() + " hit lists");
      }
      if (vectors.isPresent() && vectors.get().size() != answers.size()) {
        throw new IllegalArgumentException(
            answers.size() + " labelled articles but " + vectors.get().size() + " vectors");
      }
    }

    int size() {
      return answers.size();
    }

    /** The answers to {@code column}. */
    boolean[] labels(String column) {
      boolean[] y = new boolean[size()];
      for (int i = 0; i < y.length; i++) {
        y[i] = answers.get(i).get(column);
      }
      return y;
    }

    /** The presence model's examples for the lexicon frame {@code frame}. */
    List<PresenceFitter.Example> examples(String column, String frame, List<String> inputs) {
      List<PresenceFitter.Example> out = new ArrayList<>();
      boolean[] y = labels(column);
      for (int i = 0; i < y.length; i++) {
        out.add(
            PresenceFitter.Example.of(
                String.valueOf(i), inputs, hits.get(i), counts(i, frame), y[i]));
      }
      return out;
    }

    ArticleFrameFeatures counts(int i, String frame) {
      return ArticleFrameFeatures.of(hits.get(i), frame, Optional.empty(), Optional.empty());
    }

    double[][] matrix() {
      return vectors.orElseThrow().toArray(double[][]::new);
    }
  }

  /**
   * Scores every mapped frame on {@code data}, the two models by k-fold CV ({@code options}: the
   * folds, the seed, and the presence model's lambda and threshold rule).
   *
   * @param inputs the presence model's inputs
   */
  public static ClimateEvaluation crossValidate(
      Articles data, List<String> inputs, PresenceFitter.Options options) {
    return evaluate(
        data,
        (column, frame) -> {
          List<PresenceFitter.Prediction> p;
          try {
            p =
                PresenceFitter.crossValidate(
                    frame, Optional.empty(), inputs, data.examples(column, frame, inputs), options);
          } catch (IllegalArgumentException e) { // too few positives for the folds
            return null;
          }
          return p.stream().map(PresenceFitter.Prediction::present).toList();
        },
        column ->
            vectorsCrossValidated(
                    data.matrix(),
                    data.labels(column),
                    options.folds(),
                    options.seed(),
                    VECTOR_LAMBDA)
                .orElse(null),
        String.format(
            Locale.ROOT,
            "presence model: nested %d-fold stratified CV of a model over the mapped frame's own"
                + " counts (seed %d)",
            options.folds(),
            options.seed()),
        String.format(
            Locale.ROOT, "%d-fold stratified CV (seed %d)", options.folds(), options.seed()));
  }

  /**
   * Scores every mapped frame on {@code test}, the two models fitted on {@code train} ({@code
   * options}: the presence model's lambda, threshold rule and the inner folds that choose its
   * threshold).
   */
  public static ClimateEvaluation heldOut(
      Articles train, Articles test, List<String> inputs, PresenceFitter.Options options) {
    if (train.vectors().isPresent() != test.vectors().isPresent()) {
      throw new IllegalArgumentException("both sets or neither need vectors");
    }
    return evaluate(
        test,
        (column, frame) -> {
          FrameModel model;
          try {
            model =
                PresenceFitter.fit(
                    frame,
                    Optional.empty(),
                    inputs,
                    train.examples(column, frame, inputs),
                    options);
          } catch (IllegalArgumentException e) { // too few positives to choose a threshold
            return null;
          }
          List<Boolean> out = new ArrayList<>();
          for (PresenceFitter.Example e : test.examples(column, frame, inputs)) {
            out.add(PresenceFitter.predict(model, e, 0).present());
          }
          return out;
        },
        column -> {
          boolean[] y = train.labels(column);
          if (!bothClasses(y, 2)) {
            return null;
          }
          Predicate<double[]> model = vectorModel(train.matrix(), y, VECTOR_LAMBDA);
          return Arrays.stream(test.matrix()).map(model::test).toList();
        },
        String.format(
            Locale.ROOT,
            "presence model: a model over the mapped frame's own counts fitted on %d articles"
                + " (threshold by inner %d-fold CV), scored on %d held-out articles",
            train.size(),
            options.folds(),
            test.size()),
        String.format(
            Locale.ROOT,
            "fitted on %d articles, scored on %d held-out articles",
            train.size(),
            test.size()));
  }

  /**
   * The table over {@code data}'s answers: the lexicon's rules, then the two models' answers (null
   * when too few to fit).
   */
  private static ClimateEvaluation evaluate(
      Articles data,
      BiFunction<String, String, List<Boolean>> presenceModel,
      Function<String, List<Boolean>> vectorModel,
      String presenceDesign,
      String vectorDesign) {
    List<String> methods = new ArrayList<>(METHODS);
    data.vectors().ifPresent(v -> methods.add(VECTOR_MODEL));
    List<Frame> out = new ArrayList<>();
    for (Map.Entry<String, String> m : ClimateLabels.MAPPING.entrySet()) {
      String column = m.getKey();
      List<ArticleFrameFeatures> counts = new ArrayList<>();
      for (int i = 0; i < data.size(); i++) {
        counts.add(data.counts(i, m.getValue()));
      }
      List<Boolean> labels = new ArrayList<>();
      for (boolean b : data.labels(column)) {
        labels.add(b);
      }
      List<BinaryScore> scores = new ArrayList<>();
      scores.add(score(column, labels, counts, f -> true));
      scores.add(score(column, labels, counts, FallbackRule.DEFAULT::present));
      scores.add(score(column, labels, counts, FallbackRule.ANY_HIT::present));
      List<Boolean> fitted = presenceModel.apply(column, m.getValue());
      scores.add(fitted == null ? null : BinaryScore.of(column, labels, fitted));
      if (data.vectors().isPresent()) {
        List<Boolean> v = vectorModel.apply(column);
        scores.add(v == null ? null : BinaryScore.of(column, labels, v));
      }
      out.add(new Frame(column, m.getValue(), scores));
    }
    String design = presenceDesign;
    if (data.vectors().isPresent()) {
      design +=
          String.format(
              Locale.ROOT,
              "%n%s: the sum of each article's sentence vectors, L2 logistic regression (lambda"
                  + " %.0f) thresholded to the training share, %s",
              VECTOR_MODEL,
              VECTOR_LAMBDA,
              vectorDesign);
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
    if (!bothClasses(y, k)) {
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
      boolean[] ty = new boolean[train.size()];
      for (int i = 0; i < ty.length; i++) {
        ty[i] = y[train.get(i)];
      }
      Predicate<double[]> model =
          vectorModel(train.stream().map(i -> x[i]).toArray(double[][]::new), ty, lambda);
      for (int i = 0; i < y.length; i++) {
        if (folds[i] == fold) {
          predicted[i] = model.test(x[i]);
        }
      }
    }
    return Optional.of(Arrays.asList(predicted));
  }

  /**
   * An L2 logistic regression over {@code x} whose threshold marks as many of its training articles
   * as are coded yes ({@link ThresholdRule#MATCH_SHARE} on the training fit).
   */
  private static Predicate<double[]> vectorModel(double[][] x, boolean[] y, double lambda) {
    LogisticRegression.Fit fit = LogisticRegression.fit(x, y, lambda);
    boolean[] eligible = new boolean[y.length];
    Arrays.fill(eligible, true);
    double threshold =
        ThresholdRule.MATCH_SHARE.choose(
            Arrays.stream(x).mapToDouble(fit::probability).toArray(), eligible, y);
    return v -> fit.probability(v) >= threshold;
  }

  /** Whether {@code y} has at least {@code n} positives and {@code n} negatives. */
  private static boolean bothClasses(boolean[] y, int n) {
    int positives = 0;
    for (boolean b : y) {
      positives += b ? 1 : 0;
    }
    return positives >= n && y.length - positives >= n;
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
