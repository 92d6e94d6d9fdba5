package dev.newsframes.sentiment.target;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Turns an input's token states into the head's feature vector: the concatenation of the chosen
 * {@link Part}s, each {@code width} long.
 *
 * <p>Pure. A part over no tokens (no left context, no second segment) is the zero vector.
 */
public final class TargetPooling {
  /** One pooled view of the token states. */
  public enum Part {
    /** The {@code [CLS]} token. */
    CLS,
    /** Mean over the first segment's tokens. */
    MEAN,
    /** Element-wise max over the first segment's tokens. */
    MAX,
    /** Mean over the target's own tokens. */
    TARGET,
    /** Mean over up to 3 tokens each side of the target. */
    WIN3,
    /** Mean over up to 6 tokens each side of the target. */
    WIN6,
    /** Mean over the tokens before the target. */
    LEFT,
    /** Mean over the tokens after the target. */
    RIGHT,
    /** Mean over the second segment's tokens (the mention, with {@code PAIR} marking). */
    SECOND;

    /** Parts named in a comma-separated list such as {@code target,win6,mean}. */
    public static List<Part> parseList(String names) {
      return Arrays.stream(names.split(","))
          .map(s -> valueOf(s.trim().toUpperCase(Locale.ROOT)))
          .toList();
    }
  }

  private TargetPooling() {}

  /** The concatenated parts. */
  public static float[] features(TokenStates t, List<Part> parts) {
    int w = t.width();
    float[] out = new float[w * parts.size()];
    for (int p = 0; p < parts.size(); p++) {
      pool(t, parts.get(p), out, p * w);
    }
    return out;
  }

  private static void pool(TokenStates t, Part part, float[] out, int at) {
    int first = 1;
    int end = t.firstEnd();
    int ts = t.targetStart();
    int te = t.targetEnd();
    switch (part) {
      case CLS -> System.arraycopy(t.states()[0], 0, out, at, t.width());
      case MEAN -> mean(t, first, end, -1, -1, out, at);
      case MAX -> max(t, first, end, out, at);
      case TARGET -> mean(t, ts, te, -1, -1, out, at);
      case WIN3 -> window(t, 3, out, at);
      case WIN6 -> window(t, 6, out, at);
      case LEFT -> mean(t, first, ts, -1, -1, out, at);
      case RIGHT -> mean(t, te, end, -1, -1, out, at);
      case SECOND -> mean(t, end + 1, t.states().length - 1, -1, -1, out, at);
    }
  }

  private static void window(TokenStates t, int k, float[] out, int at) {
    int from = Math.max(1, t.targetStart() - k);
    int to = Math.min(t.firstEnd(), t.targetEnd() + k);
    if (from == t.targetStart() && to == t.targetEnd()) {
      mean(t, t.targetStart(), t.targetEnd(), -1, -1, out, at);
    } else {
      mean(t, from, to, t.targetStart(), t.targetEnd(), out, at);
    }
  }

  /** Mean over {@code [from, to)} leaving out {@code [skipFrom, skipTo)}. */
  private static void mean(
      TokenStates t, int from, int to, int skipFrom, int skipTo, float[] out, int at) {
    int n = 0;
    for (int i = Math.max(0, from); i < Math.min(to, t.states().length); i++) {
      if (i >= skipFrom && i < skipTo) {
        continue;
      }
      float[] s = t.states()[i];
      for (int j = 0; j < s.length; j++) {
        out[at + j] += s[j];
      }
      n++;
    }
    if (n > 1) {
      for (int j = 0; j < t.width(); j++) {
        out[at + j] /= n;
      }
    }
  }

  private static void max(TokenStates t, int from, int to, float[] out, int at) {
    if (to <= from) {
      return;
    }
    System.arraycopy(t.states()[from], 0, out, at, t.width());
    for (int i = from + 1; i < to; i++) {
      for (int j = 0; j < t.width(); j++) {
        out[at + j] = Math.max(out[at + j], t.states()[i][j]);
      }
    }
  }
}
