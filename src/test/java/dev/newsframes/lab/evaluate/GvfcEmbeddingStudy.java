package dev.newsframes.lab.evaluate;

import dev.newsframes.sentiment.target.EncoderSpec;
import dev.newsframes.trends.presence.LogisticRegression;
import dev.newsframes.trends.presence.StratifiedFolds;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lab: GVFC main frame from the headline's sentence vector alone (one-vs-rest L2 logistic
 * regression over an ONNX encoder's unit vector; {@link SentenceEmbeddings}), on the same 10-fold
 * stratified folds as {@link GvfcStudy}, so its rows compare with the Naive Bayes rows there. Test
 * scope.
 *
 * <p>Usage: {@code GvfcEmbeddingStudy GVFC-DEV.csv CACHE LAMBDA...} with {@code -Denc=minilm-l6-q}
 * (and {@code -Demb.source} as in {@link TextPresenceStudy}).
 */
public final class GvfcEmbeddingStudy {
  private GvfcEmbeddingStudy() {}

  public static void main(String[] args) throws Exception {
    List<GvfcLabels.Row> rows = GvfcLabels.read(Path.of(args[0]));
    Map<String, List<String>> texts = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      texts.put(String.valueOf(i), List.of(rows.get(i).title()));
    }
    EncoderSpec enc = EncoderSpec.parse(System.getProperty("enc", "minilm-l6-q"));
    Map<String, float[][]> vectors = SentenceEmbeddings.of(texts, enc, Path.of(args[1]));
    double[][] x = new double[rows.size()][];
    int[] theme = new int[rows.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = SentenceEmbeddings.toDouble(vectors.get(String.valueOf(i))[0]);
      theme[i] = rows.get(i).theme();
    }
    List<GvfcHeadline> gold = new ArrayList<>();
    for (int t : theme) {
      gold.add(new GvfcHeadline(t, List.of(), Map.of()));
    }
    for (int a = 2; a < args.length; a++) {
      double lambda = Double.parseDouble(args[a]);
      for (long seed : new long[] {42, 1, 2}) {
        int[] predicted = crossValidate(x, theme, seed, lambda);
        GvfcModels.Score s = GvfcModels.score(gold, predicted);
        System.out.printf(
            Locale.ROOT,
            "%s lambda %s seed %d: micro %.3f macro %.3f%n",
            enc.id(),
            args[a],
            seed,
            s.micro(),
            s.macro());
      }
    }
  }

  static int[] crossValidate(double[][] x, int[] theme, long seed, double lambda) {
    int[] folds = StratifiedFolds.assign(theme, 10, seed);
    int[] out = new int[x.length];
    for (int k = 0; k < 10; k++) {
      List<Integer> tr = new ArrayList<>();
      List<Integer> te = new ArrayList<>();
      for (int i = 0; i < x.length; i++) {
        (folds[i] == k ? te : tr).add(i);
      }
      double[][] xt = tr.stream().map(i -> x[i]).toArray(double[][]::new);
      double[][] best = new double[te.size()][GvfcModels.FRAMES + 1];
      for (int c = 1; c <= GvfcModels.FRAMES; c++) {
        boolean[] y = new boolean[tr.size()];
        for (int i = 0; i < y.length; i++) {
          y[i] = theme[tr.get(i)] == c;
        }
        LogisticRegression.Fit fit = LogisticRegression.fit(xt, y, lambda);
        for (int j = 0; j < te.size(); j++) {
          best[j][c] = fit.logOdds(x[te.get(j)]);
        }
      }
      for (int j = 0; j < te.size(); j++) {
        int b = 1;
        for (int c = 2; c <= GvfcModels.FRAMES; c++) {
          b = best[j][c] > best[j][b] ? c : b;
        }
        out[te.get(j)] = b;
      }
    }
    return out;
  }
}
