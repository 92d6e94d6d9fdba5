package dev.newsframes.lab.evaluate;

import dev.newsframes.sentiment.target.EncoderSpec;
import dev.newsframes.sentiment.target.FeatureSource;
import dev.newsframes.sentiment.target.OnnxEncoder;
import dev.newsframes.sentiment.target.SentenceVectors;
import dev.newsframes.sentiment.target.TargetMarker;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Lab: one unit-length vector per sentence ({@link SentenceVectors}, or the entity-sentiment head's
 * pooled state with {@code -Demb.source}), cached in a file so that a study re-run does not encode
 * again.
 */
final class SentenceEmbeddings {
  private SentenceEmbeddings() {}

  /** Per key, one vector per text, in order; read from {@code cache} when it exists. */
  @SuppressWarnings("unchecked")
  static Map<String, float[][]> of(Map<String, List<String>> texts, EncoderSpec spec, Path cache)
      throws Exception {
    if (Files.exists(cache)) {
      try (ObjectInputStream in = new ObjectInputStream(Files.newInputStream(cache))) {
        Map<String, float[][]> m = (Map<String, float[][]>) in.readObject();
        if (m.keySet().containsAll(texts.keySet())) {
          return m;
        }
      }
    }
    long t0 = System.nanoTime();
    List<String> all = new ArrayList<>();
    texts.values().forEach(all::addAll);
    // -Demb.source: a feature source of the entity-sentiment head (e.g. its default
    // bge-small-q:plain:mean:m3,4,5,6), the sentence state annotate already computes
    Optional<FeatureSource> source =
        Optional.ofNullable(System.getProperty("emb.source")).map(FeatureSource::parse);
    List<float[]> vectors =
        source.isPresent() ? headState(all, spec, source.get()) : SentenceVectors.encode(all, spec);
    Map<String, float[][]> out = new LinkedHashMap<>();
    int at = 0;
    for (var e : texts.entrySet()) {
      float[][] v = new float[e.getValue().size()][];
      for (int i = 0; i < v.length; i++) {
        v[i] = vectors.get(at++);
      }
      out.put(e.getKey(), v);
    }
    System.out.printf(
        Locale.ROOT,
        "encoded %d sentences with %s in %.0f s%n",
        all.size(),
        spec.id(),
        (System.nanoTime() - t0) / 1e9);
    Files.createDirectories(cache.toAbsolutePath().getParent());
    try (ObjectOutputStream o = new ObjectOutputStream(Files.newOutputStream(cache))) {
      o.writeObject(new LinkedHashMap<>(out));
    }
    return out;
  }

  private static List<float[]> headState(List<String> texts, EncoderSpec spec, FeatureSource source)
      throws Exception {
    List<TargetMarker.Marked> inputs = new ArrayList<>();
    texts.forEach(t -> inputs.add(new TargetMarker.Marked(t, 0, 0, Optional.empty())));
    try (OnnxEncoder enc = spec.open(source.layers(), SentenceVectors.MAX_TOKENS, 32, 2)) {
      return enc.encode(inputs).stream()
          .map(t -> SentenceVectors.unit(source.features(t)))
          .toList();
    }
  }

  static double[] toDouble(float[] v) {
    double[] d = new double[v.length];
    for (int j = 0; j < v.length; j++) {
      d[j] = v[j];
    }
    return d;
  }
}
