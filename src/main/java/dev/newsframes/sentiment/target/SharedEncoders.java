package dev.newsframes.sentiment.target;

import ai.onnxruntime.OrtException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JVM's ONNX encoder sessions, one per encoder, layer set and length limit, opened on first use
 * and kept for the JVM's life (like the CoreNLP pipeline on an executor).
 */
final class SharedEncoders {
  private static final Map<String, OnnxEncoder> OPEN = new ConcurrentHashMap<>();
  // One input per run: the int8 encoders quantise activations with a scale taken over the whole
  // batch (DynamicQuantizeLinear), so a padded batch would change a mention's score with its
  // batch mates; one sentence per run keeps predictions independent of batching.
  static final int BATCH = 1;

  private SharedEncoders() {}

  /** The session for {@code source}'s encoder and layers; one intra-op thread. */
  static OnnxEncoder of(FeatureSource source, int maxTokens) {
    String key = source.encoder().id() + source.layers() + "/" + maxTokens;
    return OPEN.computeIfAbsent(key, k -> open(source, maxTokens));
  }

  private static OnnxEncoder open(FeatureSource source, int maxTokens) {
    try {
      return source.encoder().open(source.layers(), maxTokens, BATCH, 1);
    } catch (OrtException e) {
      throw new IllegalStateException("Cannot open the ONNX encoder " + source.encoder().id(), e);
    }
  }
}
