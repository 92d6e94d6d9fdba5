package dev.newsframes.trends;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One frame of the lexicon: an id and the terms whose presence in a sentence counts as a hit.
 *
 * <p>Terms are stored lower-cased ({@link java.util.Locale#ROOT}); entity names keep their case for
 * display but are matched case-insensitively, NER types are upper-case. Lists are immutable and
 * never null.
 *
 * @param group the scheme the frame belongs to (e.g. {@code ai_policy}, {@code media_frames}); the
 *     dominant frame of an article is chosen within each group
 * @param weight multiplies the frame's sentence and hit counts when the dominant frame of an
 *     article is chosen; counts in the tables stay unweighted
 * @param lemmas single lemmas (a hyphenated lemma matches as a phrase of its parts)
 * @param phrases multi-word terms matched as contiguous lemma (or token) sequences
 * @param entities canonical entity names whose mention in a sentence counts as a hit
 * @param nerTypes NER types (e.g. {@code CRIMINAL_CHARGE}) whose mentions count as hits
 * @param exclusions phrases whose match cancels any hit on the words it covers
 */
public record Frame(
    String id,
    String label,
    String description,
    String group,
    double weight,
    List<String> lemmas,
    List<String> phrases,
    List<String> entities,
    List<String> nerTypes,
    List<String> exclusions)
    implements Serializable {

  public Frame {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(group, "group");
    description = description == null ? "" : description;
    lemmas = List.copyOf(lemmas);
    phrases = List.copyOf(phrases);
    entities = List.copyOf(entities);
    nerTypes = List.copyOf(nerTypes);
    exclusions = List.copyOf(exclusions);
  }

  /** Whether the frame fires on entity mentions (names or NER types), not only on words. */
  public boolean usesEntities() {
    return !entities.isEmpty() || !nerTypes.isEmpty();
  }
}
