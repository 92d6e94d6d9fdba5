package dev.newsframes.sentiment.target;

import ai.onnxruntime.OrtException;
import dev.newsframes.common.Concurrently;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The unit-length state of each sentence under one feature source of the entity-sentiment head (its
 * {@code mean} part: the sentence's token states averaged over the source's layers), what the
 * presence model's sentence classifiers read.
 *
 * <p>Runs the JVM's shared encoder session one sentence per run, so a sentence's state does not
 * depend on what it is encoded with; thread-safe. Sentences are cut at {@link
 * SentenceVectors#MAX_TOKENS} word pieces.
 */
public final class SentenceStates {
  private final FeatureSource source;
  private final OnnxEncoder encoder;

  private SentenceStates(FeatureSource source) {
    this.source = source;
    this.encoder = SharedEncoders.of(source, SentenceVectors.MAX_TOKENS);
  }

  /** The width of every shipped encoder's token states. */
  static final int ENCODER_WIDTH = 384;

  /**
   * Why states of {@code source} cannot feed a classifier of {@code width} weights, or empty when
   * they can: checked where a model is loaded, before any executor encodes.
   */
  public static Optional<String> problem(String source, int width) {
    FeatureSource parsed;
    try {
      parsed = FeatureSource.parse(source);
    } catch (IllegalArgumentException e) {
      return Optional.of("state source '" + source + "': " + e.getMessage());
    }
    if (!parsed.encoder().isOnClasspath()) {
      return Optional.of(
          "state source '" + source + "' needs encoder " + parsed.encoder().id() + ", not shipped");
    }
    int states =
        ENCODER_WIDTH
            * parsed.parts().size()
            * (parsed.meanOfLayers() ? 1 : parsed.layers().size());
    if (states != width) {
      return Optional.of(
          "state source '" + source + "' gives " + states + " values, the classifier has " + width);
    }
    return Optional.empty();
  }

  /**
   * The states of {@code source} (in {@link FeatureSource}'s form).
   *
   * @throws IllegalArgumentException when the source cannot be read or its encoder is not shipped
   */
  public static SentenceStates of(String source) {
    return new SentenceStates(shipped(source));
  }

  /**
   * {@code source} with its encoder's {@link EncoderSpec#fingerprint}, {@code source@fingerprint}:
   * states kept under this name were computed by this very encoder.
   *
   * @throws IllegalArgumentException when the source cannot be read or its encoder is not shipped
   */
  public static String versioned(String source) {
    return source + "@" + shipped(source).encoder().fingerprint();
  }

  /** {@code source} parsed, refused when its encoder's jar is not on the classpath. */
  private static FeatureSource shipped(String source) {
    FeatureSource parsed = FeatureSource.parse(source);
    if (!parsed.encoder().isOnClasspath()) {
      throw new IllegalArgumentException(
          "Sentence states of "
              + source
              + " need encoder "
              + parsed.encoder().id()
              + ", whose model jar is not on the classpath");
    }
    return parsed;
  }

  /** The state of each text, in order, on the calling thread. */
  public List<float[]> encode(List<String> texts) {
    List<TargetMarker.Marked> inputs = new ArrayList<>(texts.size());
    texts.forEach(t -> inputs.add(new TargetMarker.Marked(t, 0, 0, Optional.empty())));
    try {
      List<float[]> out = new ArrayList<>(texts.size());
      encoder.encode(inputs).forEach(s -> out.add(SentenceVectors.unit(source.features(s))));
      return out;
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX encoder " + source.encoder().id() + " failed", e);
    }
  }

  /**
   * {@link #encode} on {@code threads} threads (for a driver encoding thousands of sentences); a
   * part that fails stops the others.
   */
  public List<float[]> encode(List<String> texts, int threads) {
    if (threads <= 1 || texts.size() < 2 * threads) {
      return encode(texts);
    }
    int chunk = (texts.size() + threads - 1) / threads;
    List<Callable<List<float[]>>> parts = new ArrayList<>();
    for (int from = 0; from < texts.size(); from += chunk) {
      List<String> part = texts.subList(from, Math.min(texts.size(), from + chunk));
      parts.add(() -> encode(part));
    }
    List<float[]> out = new ArrayList<>(texts.size());
    Concurrently.inOrderFailFast(parts, threads, "sentence-states", "encoding sentences")
        .forEach(out::addAll);
    return out;
  }
}
