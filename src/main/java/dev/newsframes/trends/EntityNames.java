package dev.newsframes.trends;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How entity trends name an entity, beyond annotate's canonical names: a demonym counts as its
 * country ("American" and "Americans" are the United States, "Chinese" is China), so one actor is
 * one row; and topic words ("AI") are no actor at all: in a corpus about AI they would top every
 * entity chart and say nothing.
 */
public final class EntityNames {
  /** Demonyms, singular and plural, lower-cased, with their country as annotate names it. */
  public static final Map<String, String> DEMONYMS =
      Map.ofEntries(
          Map.entry("american", "United States"),
          Map.entry("americans", "United States"),
          Map.entry("chinese", "China"),
          Map.entry("british", "United Kingdom"),
          Map.entry("russian", "Russia"),
          Map.entry("russians", "Russia"),
          Map.entry("japanese", "Japan"),
          Map.entry("indian", "India"),
          Map.entry("indians", "India"),
          Map.entry("german", "Germany"),
          Map.entry("germans", "Germany"),
          Map.entry("french", "France"),
          Map.entry("israeli", "Israel"),
          Map.entry("israelis", "Israel"),
          Map.entry("iranian", "Iran"),
          Map.entry("iranians", "Iran"),
          Map.entry("ukrainian", "Ukraine"),
          Map.entry("ukrainians", "Ukraine"),
          Map.entry("canadian", "Canada"),
          Map.entry("canadians", "Canada"));

  /** Names of the topic itself, lower-cased: not actors. */
  public static final Set<String> TOPIC_WORDS =
      Set.of("ai", "a.i.", "artificial intelligence", "generative ai", "gen ai", "genai");

  private EntityNames() {}

  /** The entity a mention counts as; empty for a topic word. */
  public static Optional<String> of(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    if (TOPIC_WORDS.contains(key)) {
      return Optional.empty();
    }
    return Optional.of(DEMONYMS.getOrDefault(key, name));
  }
}
