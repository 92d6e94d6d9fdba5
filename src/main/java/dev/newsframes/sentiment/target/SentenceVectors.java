package dev.newsframes.sentiment.target;

import ai.onnxruntime.OrtException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One unit-length vector per text from a sentence encoder of the project's Maven jars, pooled as
 * each was trained to embed: the [CLS] state of the last layer for bge, the mean of the last
 * layer's token states for MiniLM and e5. Texts are cut at {@link #MAX_TOKENS} word pieces.
 */
public final class SentenceVectors {
  /** Word pieces read per text; a headline or a news sentence fits. */
  public static final int MAX_TOKENS = 128;

  private SentenceVectors() {}

  /** The vectors of {@code texts}, in order, from {@code spec}'s last layer on 2 threads. */
  public static List<float[]> encode(List<String> texts, EncoderSpec spec) {
    List<TargetMarker.Marked> inputs = new ArrayList<>(texts.size());
    texts.forEach(t -> inputs.add(new TargetMarker.Marked(t, 0, 0, Optional.empty())));
    List<TokenStates> states;
    try (OnnxEncoder enc = spec.open(List.of(spec.layers() - 1), MAX_TOKENS, 32, 2)) {
      states = enc.encode(inputs);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX encoder " + spec.id() + " failed", e);
    }
    boolean cls = spec == EncoderSpec.BGE_SMALL_Q;
    List<float[]> out = new ArrayList<>(states.size());
    states.forEach(s -> out.add(cls ? unit(s.states()[0].clone()) : unit(mean(s))));
    return out;
  }

  private static float[] mean(TokenStates s) {
    float[] v = new float[s.width()];
    for (float[] t : s.states()) {
      for (int j = 0; j < v.length; j++) {
        v[j] += t[j];
      }
    }
    return v;
  }

  /** {@code v} scaled to unit length, in place (a zero vector stays zero). */
  public static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    n = Math.sqrt(n);
    for (int j = 0; j < v.length; j++) {
      v[j] /= (float) Math.max(n, 1e-9);
    }
    return v;
  }
}
