package dev.newsframes.lab.evaluate;

import dev.newsframes.sentiment.target.EncoderSpec;
import dev.newsframes.sentiment.target.SentenceVectors;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Lab: the climate narrative frames from sentence vectors of each article (the sum of its
 * sentences' bge-small vectors, sentences split at end punctuation), an L2 logistic regression per
 * frame whose threshold matches the training share ({@link
 * ClimateEvaluation#vectorsCrossValidated}); 10-fold stratified CV, F1 per frame, at each lambda
 * given. Test scope; the command's column reads the warehouse's sentences instead.
 *
 * <p>Usage: {@code ClimateEmbeddingStudy articles_metadata.tsv LAMBDA...}
 */
public final class ClimateEmbeddingStudy {
  private ClimateEmbeddingStudy() {}

  public static void main(String[] args) throws Exception {
    List<ClimateLabels.Row> rows = ClimateLabels.read(Path.of(args[0]));
    List<List<String>> sentences = new ArrayList<>();
    for (ClimateLabels.Row row : rows) {
      sentences.add(
          Arrays.stream(row.text().split("(?<=[.!?])\\s+")).filter(s -> !s.isBlank()).toList());
    }
    long t0 = System.nanoTime();
    double[][] x =
        ClimateEvaluation.articleVectors(
                sentences, t -> SentenceVectors.encode(t, EncoderSpec.BGE_SMALL_Q))
            .toArray(double[][]::new);
    System.out.printf(
        Locale.ROOT,
        "%d articles, %d sentences encoded in %.0f s%n",
        rows.size(),
        sentences.stream().mapToInt(List::size).sum(),
        (System.nanoTime() - t0) / 1e9);
    for (String frame : ClimateLabels.MAPPING.keySet()) {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (rows.get(i).answers().get(frame) != null) {
          idx.add(i);
        }
      }
      boolean[] y = new boolean[idx.size()];
      List<Boolean> gold = new ArrayList<>();
      for (int i = 0; i < y.length; i++) {
        y[i] = rows.get(idx.get(i)).answers().get(frame);
        gold.add(y[i]);
      }
      double[][] fx = idx.stream().map(i -> x[i]).toArray(double[][]::new);
      for (int a = 1; a < args.length; a++) {
        List<Boolean> pred =
            ClimateEvaluation.vectorsCrossValidated(fx, y, 10, 42, Double.parseDouble(args[a]))
                .orElseThrow();
        BinaryScore s = BinaryScore.of(frame, gold, pred);
        System.out.printf(
            Locale.ROOT,
            "%-16s lambda %-4s F1 %.3f (tp %d fp %d fn %d, %d articles)%n",
            frame,
            args[a],
            s.f1(),
            s.tp(),
            s.fp(),
            s.fn(),
            s.scored());
      }
    }
  }
}
