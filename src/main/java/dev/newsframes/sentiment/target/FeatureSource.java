package dev.newsframes.sentiment.target;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One block of the head's features: an encoder, the layers whose outputs are the token states
 * (concatenated, or averaged when {@code meanOfLayers}), how the target is marked, and the pooled
 * parts.
 */
public record FeatureSource(
    EncoderSpec encoder,
    List<Integer> layers,
    boolean meanOfLayers,
    TargetMarker.Marking marking,
    List<TargetPooling.Part> parts) {
  /** The head's input features from this source: its token states pooled into its parts. */
  public float[] features(TokenStates states) {
    float[] pooled = TargetPooling.features(states, parts);
    if (!meanOfLayers || layers.size() == 1) {
      return pooled;
    }
    int w = states.width() / layers.size();
    float[] out = new float[w * parts.size()];
    for (int p = 0; p < parts.size(); p++) {
      for (int l = 0; l < layers.size(); l++) {
        int from = p * w * layers.size() + l * w;
        for (int j = 0; j < w; j++) {
          out[p * w + j] += pooled[from + j] / layers.size();
        }
      }
    }
    return out;
  }

  public FeatureSource {
    layers = List.copyOf(layers);
    parts = List.copyOf(parts);
    if (layers.isEmpty() || parts.isEmpty()) {
      throw new IllegalArgumentException("A feature source needs layers and parts");
    }
  }

  /**
   * The form used in files and notes: {@code minilm-l6-q:plain:target,win6,mean:4,5}; layers
   * written {@code m2,3,4,5} are averaged.
   */
  @Override
  public String toString() {
    return encoder.id()
        + ":"
        + marking.name().toLowerCase(Locale.ROOT)
        + ":"
        + String.join(",", parts.stream().map(p -> p.name().toLowerCase(Locale.ROOT)).toList())
        + ":"
        + (meanOfLayers ? "m" : "")
        + String.join(",", layers.stream().map(String::valueOf).toList());
  }

  /** Parses {@link #toString()}'s form; without the layers field, the last layer. */
  public static FeatureSource parse(String s) {
    String[] f = s.split(":");
    if (f.length != 3 && f.length != 4) {
      throw new IllegalArgumentException(
          "Feature source must be encoder:marking:parts[:layers], got " + s);
    }
    EncoderSpec encoder = EncoderSpec.parse(f[0]);
    boolean mean = f.length == 4 && f[3].startsWith("m");
    List<Integer> layers =
        f.length == 4
            ? Arrays.stream(f[3].replace("m", "").split(","))
                .map(x -> Integer.parseInt(x.trim()))
                .toList()
            : List.of(encoder.layers() - 1);
    return new FeatureSource(
        encoder,
        layers,
        mean,
        TargetMarker.Marking.parse(f[1]),
        TargetPooling.Part.parseList(f[2]));
  }
}
