package dev.newsframes.sentiment.target;

import java.util.Locale;
import java.util.Optional;

/**
 * How the target is shown to the encoder: the text to encode, where the target sits in it, and an
 * optional second segment (encoded after {@code [SEP]} with token type 1).
 *
 * <p>Pure and thread-safe. The same sentence with two targets gives two different inputs under
 * every marking except {@link Marking#PLAIN}, where only the pooled span differs.
 */
public final class TargetMarker {
  /** The marking styles compared in docs/entity-sentiment.md. */
  public enum Marking {
    /** The sentence unchanged; the target is only pooled from its own tokens. */
    PLAIN,
    /** The target wrapped in brackets: {@code ... [ Trump ] said ...}. */
    BRACKETS,
    /** The sentence, then the mention as a second segment: {@code sentence [SEP] Trump}. */
    PAIR;

    /** The marking named {@code name}, any case. */
    public static Marking parse(String name) {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
  }

  /**
   * The text to encode, the target's span {@code [from, to)} in {@code text}, and the second
   * segment, if any.
   */
  public record Marked(String text, int from, int to, Optional<String> second) {}

  private static final String OPEN = "[ ";
  private static final String CLOSE = " ]";

  private final Marking marking;

  /** A marker of one style. */
  public TargetMarker(Marking marking) {
    this.marking = marking;
  }

  /** The style. */
  public Marking marking() {
    return marking;
  }

  /** The encoder input for one target. */
  public Marked mark(TargetInput input) {
    String s = input.sentence();
    return switch (marking) {
      case PLAIN -> new Marked(s, input.from(), input.to(), Optional.empty());
      case BRACKETS -> {
        String text =
            s.substring(0, input.from()) + OPEN + input.mention() + CLOSE + s.substring(input.to());
        int from = input.from() + OPEN.length();
        yield new Marked(text, from, from + input.mention().length(), Optional.empty());
      }
      case PAIR -> new Marked(s, input.from(), input.to(), Optional.of(input.mention()));
    };
  }
}
