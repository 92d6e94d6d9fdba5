package dev.newsframes.sentiment.target;

/**
 * The encoder's last hidden states for one input: {@code states[t]} for each token {@code t} of
 * {@code [CLS] first [SEP] (second [SEP])}, the span {@code [targetStart, targetEnd)} of the
 * target's tokens and {@code firstEnd}, the index of the first {@code [SEP]}.
 */
public record TokenStates(float[][] states, int targetStart, int targetEnd, int firstEnd) {
  /** The hidden size. */
  public int width() {
    return states[0].length;
  }
}
