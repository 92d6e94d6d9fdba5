package dev.newsframes.sentiment.target;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtLoggingLevel;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * A BERT-family ONNX encoder (inputs {@code input_ids}, {@code attention_mask}, {@code
 * token_type_ids}; output {@code last_hidden_state}) run with ONNX Runtime on the CPU.
 *
 * <p>Thread-safe: ONNX Runtime allows concurrent runs of one session. Inputs are sorted by length
 * and run in batches of {@code batchSize}, padded to the longest of each batch; inputs longer than
 * {@code maxTokens} keep a window of the first segment around the target. Close it to free the
 * native session.
 *
 * <p>{@link #encode} checks for interruption between runs: an interrupted caller gets a {@link
 * CancellationException} (its interrupt flag kept) instead of waiting for every remaining run.
 */
public final class OnnxEncoder implements AutoCloseable {
  /** The final layer's output of the BERT-family exports. */
  public static final String LAST_HIDDEN_STATE = "last_hidden_state";

  private final OrtEnvironment env;
  private final OrtSession session;
  private final WordPieceTokenizer tokenizer;
  private final int maxTokens;
  private final int batchSize;
  private final List<String> outputs;

  /**
   * Creates the session from the model bytes.
   *
   * @param outputs the float tensors {@code [batch, tokens, hidden]} whose values, concatenated in
   *     this order, are each token's state; intermediate tensors are added as graph outputs
   * @param threads ONNX Runtime intra-op threads; 1 on Spark executors, whose task slots already
   *     use the cores
   */
  public OnnxEncoder(
      byte[] onnxModel,
      List<String> outputs,
      WordPieceTokenizer tokenizer,
      int maxTokens,
      int batchSize,
      int threads)
      throws OrtException {
    this.env = OrtEnvironment.getEnvironment();
    this.outputs = List.copyOf(outputs);
    byte[] model =
        outputs.equals(List.of(LAST_HIDDEN_STATE))
            ? onnxModel
            : OnnxGraphOutputs.withOutputs(onnxModel, outputs);
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(threads);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      // a pruned graph leaves the upper layers' weights unused: ONNX Runtime warns once per weight
      options.setSessionLogLevel(OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR);
      this.session = env.createSession(model, options);
    }
    this.tokenizer = tokenizer;
    this.maxTokens = maxTokens;
    this.batchSize = batchSize;
  }

  /** The hidden states of each input, in input order. */
  public List<TokenStates> encode(List<TargetMarker.Marked> inputs) throws OrtException {
    List<EncoderTokens> tokens = new ArrayList<>(inputs.size());
    for (TargetMarker.Marked m : inputs) {
      tokens.add(EncoderTokens.of(tokenizer, m, maxTokens));
    }
    // several targets of one sentence (PLAIN marking) share one run of the encoder
    Map<List<Long>, Integer> firstWith = new HashMap<>();
    int[] runOf = new int[tokens.size()];
    List<Integer> unique = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      List<Long> key = new ArrayList<>();
      for (int k = 0; k < tokens.get(i).ids().length; k++) {
        key.add(tokens.get(i).ids()[k] * 2 + tokens.get(i).types()[k]);
      }
      Integer seen = firstWith.putIfAbsent(key, i);
      runOf[i] = seen == null ? i : seen;
      if (seen == null) {
        unique.add(i);
      }
    }
    unique.sort(Comparator.comparingInt(i -> tokens.get(i).ids().length));
    TokenStates[] out = new TokenStates[tokens.size()];
    for (int start = 0; start < unique.size(); start += batchSize) {
      // a run is not interruptible; between runs, a caller past its deadline is let go
      if (Thread.currentThread().isInterrupted()) {
        throw new CancellationException(
            "Encoder stopped: interrupted after " + start + " of " + unique.size() + " inputs");
      }
      runBatch(unique.subList(start, Math.min(unique.size(), start + batchSize)), tokens, out);
    }
    for (int i = 0; i < out.length; i++) {
      if (out[i] == null) {
        EncoderTokens t = tokens.get(i);
        out[i] =
            new TokenStates(out[runOf[i]].states(), t.targetStart(), t.targetEnd(), t.firstEnd());
      }
    }
    return Arrays.asList(out);
  }

  private void runBatch(List<Integer> batch, List<EncoderTokens> tokens, TokenStates[] out)
      throws OrtException {
    int width = batch.stream().mapToInt(i -> tokens.get(i).ids().length).max().orElse(0);
    long[] ids = new long[batch.size() * width];
    long[] mask = new long[ids.length];
    long[] types = new long[ids.length];
    for (int b = 0; b < batch.size(); b++) {
      EncoderTokens t = tokens.get(batch.get(b));
      for (int k = 0; k < t.ids().length; k++) {
        ids[b * width + k] = t.ids()[k];
        mask[b * width + k] = 1;
        types[b * width + k] = t.types()[k];
      }
    }
    long[] shape = {batch.size(), width};
    try (OnnxTensor idT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
        OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
        OnnxTensor typeT = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape);
        OrtSession.Result result =
            session.run(
                Map.of("input_ids", idT, "attention_mask", maskT, "token_type_ids", typeT))) {
      int tokenWidth = 0;
      List<FloatBuffer> buffers = new ArrayList<>();
      for (String name : outputs) {
        FloatBuffer fb = ((OnnxTensor) result.get(name).orElseThrow()).getFloatBuffer();
        buffers.add(fb);
        tokenWidth += fb.capacity() / (batch.size() * width);
      }
      for (int b = 0; b < batch.size(); b++) {
        EncoderTokens t = tokens.get(batch.get(b));
        float[][] states = new float[t.ids().length][tokenWidth];
        int at = 0;
        for (FloatBuffer fb : buffers) {
          int hidden = fb.capacity() / (batch.size() * width);
          for (int k = 0; k < states.length; k++) {
            fb.position((b * width + k) * hidden);
            fb.get(states[k], at, hidden);
          }
          at += hidden;
        }
        out[batch.get(b)] = new TokenStates(states, t.targetStart(), t.targetEnd(), t.firstEnd());
      }
    }
  }

  @Override
  public void close() throws OrtException {
    session.close();
  }
}
