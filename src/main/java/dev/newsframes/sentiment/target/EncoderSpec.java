package dev.newsframes.sentiment.target;

import ai.onnxruntime.OrtException;
import dev.newsframes.common.Hashes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The encoders whose ONNX weights and {@code tokenizer.json} come from Maven Central jars
 * (langchain4j's embedding-model artifacts), found on the classpath by resource name.
 */
public enum EncoderSpec {
  /** all-MiniLM-L6-v2, int8 (6 layers, 384 wide): 23 MB. */
  MINILM_L6_Q("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json", 6),
  /** all-MiniLM-L6-v2, fp32: 90 MB. */
  MINILM_L6("all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json", 6),
  /** BAAI bge-small-en-v1.5, int8 (12 layers, 384 wide): 34 MB. */
  BGE_SMALL_Q("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json", 12),
  /** intfloat e5-small-v2, int8 (12 layers, 384 wide): 34 MB. */
  E5_SMALL_Q("e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json", 12);

  private final String model;
  private final String tokenizer;
  private final int layers;

  EncoderSpec(String model, String tokenizer, int layers) {
    this.model = model;
    this.tokenizer = tokenizer;
    this.layers = layers;
  }

  /** The number of transformer layers. */
  public int layers() {
    return layers;
  }

  /**
   * The output tensor of layer {@code i} (0-based; the last is {@code last_hidden_state}), as named
   * in these exports.
   */
  public String layerOutput(int i) {
    if (i < 0 || i >= layers) {
      throw new IllegalArgumentException(id() + " has layers 0 to " + (layers - 1) + ", not " + i);
    }
    return i == layers - 1
        ? OnnxEncoder.LAST_HIDDEN_STATE
        : "/encoder/layer." + i + "/output/LayerNorm/Add_1_output_0";
  }

  /** The encoder named {@code name}, any case, {@code -} or {@code _}. */
  public static EncoderSpec parse(String name) {
    return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** The lower-case name used in files and settings, e.g. {@code minilm-l6-q}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the model and tokenizer of this encoder are on the classpath (its jar is). */
  public boolean isOnClasspath() {
    ClassLoader loader = EncoderSpec.class.getClassLoader();
    return loader.getResource(model) != null && loader.getResource(tokenizer) != null;
  }

  /** The tokenizer, read from the classpath. */
  public WordPieceTokenizer tokenizer() {
    try (InputStream in = resource(tokenizer)) {
      return WordPieceTokenizer.fromTokenizerJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read tokenizer " + tokenizer + " of " + id(), e);
    }
  }

  /**
   * A session over the model read from the classpath whose token states are the given layers'
   * outputs, concatenated.
   *
   * @param threads ONNX Runtime intra-op threads
   */
  public OnnxEncoder open(List<Integer> layerIndices, int maxTokens, int batchSize, int threads)
      throws OrtException {
    byte[] bytes;
    try (InputStream in = resource(model)) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read encoder " + model + " of " + id(), e);
    }
    List<String> outputs = layerIndices.stream().map(this::layerOutput).toList();
    return new OnnxEncoder(bytes, outputs, tokenizer(), maxTokens, batchSize, threads);
  }

  private static final Map<EncoderSpec, String> FINGERPRINTS = new ConcurrentHashMap<>();

  /**
   * The first 16 hex digits of the SHA-256 of the model and tokenizer files: what changes when the
   * encoder's jar does, so states kept from another version are told apart. Read once per JVM
   * (about 0.2 s).
   */
  public String fingerprint() {
    return FINGERPRINTS.computeIfAbsent(
        this,
        e -> {
          try (InputStream m = resource(model);
              InputStream t = resource(tokenizer)) {
            return Hashes.sha256Hex(m.readAllBytes(), t.readAllBytes()).substring(0, 16);
          } catch (IOException ex) {
            throw new UncheckedIOException("Cannot read encoder " + model + " of " + id(), ex);
          }
        });
  }

  private InputStream resource(String name) throws IOException {
    InputStream in = EncoderSpec.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException(
          name
              + " is not on the classpath: the dev.langchain4j embeddings jar of "
              + id()
              + " is missing");
    }
    return in;
  }
}
