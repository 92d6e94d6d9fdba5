package dev.newsframes.sentiment.target;

import ai.onnxruntime.OrtException;
import dev.newsframes.sentiment.SentimentModelFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentiment towards each target: marks the target, runs the encoder(s), pools, applies the head.
 *
 * <p>Thread-safe; build one per JVM with {@link #shared} (an executor's task threads share it,
 * never serialise it). Everything is read from the classpath: the head resource and the encoders'
 * Maven jars; nothing is downloaded. ONNX Runtime runs one intra-op thread per call, since Spark's
 * task slots already use the cores.
 */
public final class TargetSentimentModel {
  /** The head shipped with newsframes, trained on NewsMTSC train (MIT). */
  public static final String DEFAULT_HEAD = "dev/newsframes/sentiment/target/head-default.bin";

  private static final Map<String, TargetSentimentModel> SHARED = new ConcurrentHashMap<>();

  private final TargetSentimentHead head;
  private final List<OnnxEncoder> encoders;

  /** A model over a head and its encoders (opened once per JVM and shared by all models). */
  public TargetSentimentModel(TargetSentimentHead head) {
    this.head = head;
    this.encoders = new ArrayList<>();
    for (FeatureSource s : head.sources()) {
      encoders.add(SharedEncoders.of(s, head.maxTokens()));
    }
  }

  /** The JVM's model for a head resource on the classpath, loaded on first use. */
  public static TargetSentimentModel shared(String headResource) {
    return SHARED.computeIfAbsent(headResource, r -> new TargetSentimentModel(readHead(r)));
  }

  /** The JVM's model for {@link #DEFAULT_HEAD}. */
  public static TargetSentimentModel shared() {
    return shared(DEFAULT_HEAD);
  }

  /**
   * The JVM's model for a head file's content (one per content hash), loaded on first use: how a
   * Spark executor gets the head that travelled inside the job's settings.
   *
   * @throws IllegalArgumentException if the content is not a head this version reads
   */
  public static TargetSentimentModel shared(SentimentModelFile headFile) {
    return SHARED.computeIfAbsent(
        "sha256:" + headFile.sha256(), k -> new TargetSentimentModel(readHead(headFile)));
  }

  /**
   * Reads a head file's content, checking that its encoders are on the classpath.
   *
   * @throws IllegalArgumentException naming the file when it is not a head this build can use
   */
  public static TargetSentimentHead readHead(SentimentModelFile headFile) {
    TargetSentimentHead head;
    try {
      head = TargetSentimentHead.read(new ByteArrayInputStream(headFile.content()));
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(
          "Cannot read entity sentiment head " + headFile.fileName() + ": " + e.getMessage(), e);
    }
    for (FeatureSource s : head.sources()) {
      if (!s.encoder().isOnClasspath()) {
        throw new IllegalArgumentException(
            "Entity sentiment head "
                + headFile.fileName()
                + " reads encoder "
                + s.encoder().id()
                + ", whose model jar is not on the classpath (newsframes ships "
                + EncoderSpec.BGE_SMALL_Q.id()
                + ")");
      }
    }
    return head;
  }

  /** The bytes of the head shipped with newsframes, as a head file named after the resource. */
  public static SentimentModelFile defaultHeadFile() {
    try (InputStream in =
        TargetSentimentModel.class.getClassLoader().getResourceAsStream(DEFAULT_HEAD)) {
      if (in == null) {
        throw new IOException("not on the classpath");
      }
      return SentimentModelFile.of("head-default.bin", in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read target sentiment head " + DEFAULT_HEAD, e);
    }
  }

  /** Reads a head resource from the classpath. */
  public static TargetSentimentHead readHead(String resource) {
    try (InputStream in =
        TargetSentimentModel.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("not on the classpath");
      }
      return TargetSentimentHead.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read target sentiment head " + resource, e);
    }
  }

  /** The head and how its features are made. */
  public TargetSentimentHead head() {
    return head;
  }

  /** The polarity towards each input's target, in input order. */
  public List<TargetPolarity> predict(List<TargetInput> inputs) {
    List<float[]> features = features(inputs);
    List<TargetPolarity> out = new ArrayList<>(inputs.size());
    for (float[] f : features) {
      out.add(TargetPolarity.of(head.head().probabilities(f)));
    }
    return out;
  }

  /** The head's input features of each target (for training and checks). */
  public List<float[]> features(List<TargetInput> inputs) {
    return features(head.sources(), encoders, inputs);
  }

  /** Features of {@code inputs} from the given sources and their encoders, in input order. */
  static List<float[]> features(
      List<FeatureSource> sources, List<OnnxEncoder> encoders, List<TargetInput> inputs) {
    List<float[]> out = new ArrayList<>(inputs.size());
    for (int i = 0; i < inputs.size(); i++) {
      out.add(new float[0]);
    }
    for (int s = 0; s < sources.size(); s++) {
      FeatureSource source = sources.get(s);
      TargetMarker marker = new TargetMarker(source.marking());
      List<TargetMarker.Marked> marked = inputs.stream().map(marker::mark).toList();
      List<TokenStates> states;
      try {
        states = encoders.get(s).encode(marked);
      } catch (OrtException e) {
        throw new IllegalStateException("ONNX encoder " + source.encoder().id() + " failed", e);
      }
      for (int i = 0; i < inputs.size(); i++) {
        float[] part = source.features(states.get(i));
        float[] prev = out.get(i);
        float[] joined = Arrays.copyOf(prev, prev.length + part.length);
        System.arraycopy(part, 0, joined, prev.length, part.length);
        out.set(i, joined);
      }
    }
    return out;
  }
}
