package dev.newsframes.lab.evaluate;

import dev.newsframes.sentiment.target.EncoderSpec;
import dev.newsframes.sentiment.target.FeatureSource;
import dev.newsframes.sentiment.target.OnnxEncoder;
import dev.newsframes.sentiment.target.TargetMarker;
import dev.newsframes.sentiment.target.TokenStates;
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
 * Lab: one unit-length vector per sentence from an ONNX sentence encoder of the project's Maven
 * jars (mean of the last layer's token states for MiniLM, the [CLS] state for bge and e5), cached
 * in a file so that a study re-run does not encode again.
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
    List<TargetMarker.Marked> inputs = new ArrayList<>();
    texts
        .values()
        .forEach(
            l -> l.forEach(t -> inputs.add(new TargetMarker.Marked(t, 0, 0, Optional.empty()))));
    // -Demb.source: a feature source of the entity-sentiment head (e.g. its default
    // bge-small-q:plain:mean:m3,4,5,6), the sentence state annotate already computes
    Optional<FeatureSource> source =
        Optional.ofNullable(System.getProperty("emb.source")).map(FeatureSource::parse);
    List<Integer> layers = source.map(FeatureSource::layers).orElse(List.of(spec.layers() - 1));
    List<TokenStates> states;
    try (OnnxEncoder enc = spec.open(layers, 128, 32, 2)) {
      states = enc.encode(inputs);
    }
    boolean cls = spec != EncoderSpec.MINILM_L6_Q && spec != EncoderSpec.MINILM_L6;
    Map<String, float[][]> out = new LinkedHashMap<>();
    int at = 0;
    for (var e : texts.entrySet()) {
      float[][] v = new float[e.getValue().size()][];
      for (int i = 0; i < v.length; i++) {
        TokenStates t = states.get(at++);
        v[i] = source.isPresent() ? unit(source.get().features(t)) : pool(t, cls);
      }
      out.put(e.getKey(), v);
    }
    System.out.printf(
        Locale.ROOT,
        "encoded %d sentences with %s in %.0f s%n",
        inputs.size(),
        spec.id(),
        (System.nanoTime() - t0) / 1e9);
    Files.createDirectories(cache.toAbsolutePath().getParent());
    try (ObjectOutputStream o = new ObjectOutputStream(Files.newOutputStream(cache))) {
      o.writeObject(new LinkedHashMap<>(out));
    }
    return out;
  }

  private static float[] pool(TokenStates s, boolean cls) {
    int w = s.width();
    float[] v = new float[w];
    if (cls) {
      System.arraycopy(s.states()[0], 0, v, 0, w);
    } else {
      for (float[] t : s.states()) {
        for (int j = 0; j < w; j++) {
          v[j] += t[j];
        }
      }
    }
    return unit(v);
  }

  private static float[] unit(float[] v) {
    int w = v.length;
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    n = Math.sqrt(n);
    for (int j = 0; j < w; j++) {
      v[j] /= (float) Math.max(n, 1e-9);
    }
    return v;
  }

  static double[] toDouble(float[] v) {
    double[] d = new double[v.length];
    for (int j = 0; j < v.length; j++) {
      d[j] = v[j];
    }
    return d;
  }
}
