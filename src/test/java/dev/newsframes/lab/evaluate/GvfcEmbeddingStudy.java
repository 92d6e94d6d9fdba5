package dev.newsframes.lab.evaluate;

import dev.newsframes.sentiment.target.EncoderSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lab: GVFC main frame from the headline's sentence vector alone ({@link
 * GvfcModels#sentenceVectors} over an ONNX encoder's unit vector; {@link SentenceEmbeddings}), on
 * the same 10-fold stratified folds as {@link GvfcStudy}, so its rows compare with the Naive Bayes
 * rows there; with {@code -Denc=bge-small-q} and lambda 10 it is the command's vector row. Test
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
    List<GvfcHeadline> data = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      float[] v = vectors.get(String.valueOf(i))[0];
      data.add(new GvfcHeadline(rows.get(i).theme(), List.of(), Map.of()).withVector(v));
    }
    for (int a = 2; a < args.length; a++) {
      double lambda = Double.parseDouble(args[a]);
      for (long seed : new long[] {42, 1, 2}) {
        int[] predicted =
            GvfcModels.crossValidate(
                data, 10, seed, (tr, te) -> GvfcModels.sentenceVectors(tr, te, lambda));
        GvfcModels.Score s = GvfcModels.score(data, predicted);
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
}
