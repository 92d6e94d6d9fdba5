package dev.newsframes.lab.evaluate;

import dev.newsframes.trends.presence.PresenceFeature;
import dev.newsframes.trends.presence.PresenceInputs;
import dev.newsframes.trends.presence.SentenceClassifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which inputs a fitted frame reads, from a short text: {@code
 * counts[+frames][+with][+terms][+sentences][/LAMBDA]}, e.g. {@code counts+frames+sentences/10}
 * (the shipped regulation model).
 *
 * <p>{@code counts} are the frame's own {@link PresenceFeature}s (without the other frame's or the
 * topic's count when there is no other frame or topic); {@code +frames} adds {@code frame:<id>} for
 * every related frame (the lexicon's other frames and the topic), {@code +with} adds {@code
 * with:<id>} for the same, {@code +terms} adds {@code term:<term>} for terms seen in at least 5
 * training articles, {@code +sentences} the two inputs of a {@link SentenceClassifier} fitted on
 * the coders' quotes. A topic always reads its own counts only.
 */
public final class PresenceSpecs {
  /** Inputs of the topic model, as shipped: counts that do not depend on another frame. */
  public static final List<String> TOPIC_COUNTS =
      List.of(
          "log_sentences",
          "log_hits",
          "log_distinct_terms",
          "log_strong_sentences",
          "sentence_share",
          "in_title",
          "log_lead_sentences",
          "log_article_sentences");

  private static final int TERM_MIN_ARTICLES = 5;

  private PresenceSpecs() {}

  /**
   * The spec of a lexicon frame.
   *
   * @param inputs the text described above
   * @param lambda the penalty when {@code inputs} names none
   * @param related the ids of frames (and the topic) {@code +frames} and {@code +with} read
   * @throws IllegalArgumentException naming what is wrong in {@code inputs}
   */
  public static PresenceCv.Spec frame(
      String frame,
      String question,
      Optional<String> other,
      Optional<String> topic,
      String inputs,
      double lambda,
      List<String> related) {
    int slash = inputs.indexOf('/');
    String words = slash < 0 ? inputs : inputs.substring(0, slash);
    double l = slash < 0 ? lambda : lambdaOf(frame, inputs.substring(slash + 1));
    List<String> parts = List.of(words.strip().toLowerCase(Locale.ROOT).split("\\+"));
    if (!parts.get(0).equals("counts")
        || !List.of("counts", "frames", "with", "terms", "sentences").containsAll(parts)) {
      throw new IllegalArgumentException(
          "inputs of '"
              + frame
              + "' must be counts[+frames][+with][+terms][+sentences][/LAMBDA], got '"
              + inputs
              + "'");
    }
    List<String> names = new ArrayList<>();
    for (PresenceFeature f : PresenceFeature.values()) {
      boolean constant =
          (f == PresenceFeature.LOG_OTHER_SENTENCES && other.isEmpty())
              || (f == PresenceFeature.LOG_TOPIC_SENTENCES && topic.isEmpty());
      if (!constant) {
        names.add(f.key());
      }
    }
    List<String> near =
        related.stream().filter(r -> !r.equals(frame) && !other.equals(Optional.of(r))).toList();
    if (parts.contains("frames")) {
      near.forEach(r -> names.add(PresenceInputs.FRAME + r));
    }
    if (parts.contains("with")) {
      near.forEach(r -> names.add(PresenceInputs.WITH + r));
    }
    int terms = parts.contains("terms") ? TERM_MIN_ARTICLES : 0;
    return new PresenceCv.Spec(
        frame, question, other, names, terms, l, parts.contains("sentences"));
  }

  /** The spec of the topic: its own counts ({@link #TOPIC_COUNTS}). */
  public static PresenceCv.Spec topic(String topic, String question, double lambda) {
    return new PresenceCv.Spec(topic, question, Optional.empty(), TOPIC_COUNTS, 0, lambda);
  }

  /** All feature keys, in {@link PresenceFeature} order. */
  public static List<String> allCounts() {
    return Arrays.stream(PresenceFeature.values()).map(PresenceFeature::key).toList();
  }

  private static double lambdaOf(String frame, String text) {
    try {
      double l = Double.parseDouble(text.strip());
      if (!(l >= 0)) {
        throw new NumberFormatException();
      }
      return l;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "inputs of '" + frame + "': lambda must be a number >= 0, got '" + text + "'");
    }
  }
}
