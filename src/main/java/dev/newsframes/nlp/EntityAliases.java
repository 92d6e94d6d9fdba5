package dev.newsframes.nlp;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Manual merges of entity names across the corpus ("U.S.", "US" -> "United States").
 *
 * <p>Alias files ({@code jobs/entity-aliases.tsv}) have one line per alias: {@code alias TAB
 * canonical}. Lookups ignore case and runs of whitespace, so "u.s." matches "U.S."; dots and other
 * punctuation are kept, so "US" must be listed next to "U.S." to merge them.
 *
 * @param canonicalByKey canonical names by {@link #key} of alias
 */
public record EntityAliases(Map<String, String> canonicalByKey) implements Serializable {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  public EntityAliases {
    canonicalByKey = Map.copyOf(canonicalByKey);
  }

  /** No aliases. */
  public static EntityAliases none() {
    return new EntityAliases(Map.of());
  }

  /** Parses an alias file's text; {@code source} names it in error messages. */
  public static EntityAliases parse(String text, String source) {
    Map<String, String> map = new TreeMap<>();
    for (TsvRows.Row row : TsvRows.parse(text, source)) {
      if (row.cells().size() != 2) {
        throw new IllegalArgumentException(
            "Cannot read entity aliases "
                + row.where()
                + ": expected alias and canonical name separated by a tab, got "
                + row.cells());
      }
      String canonical = row.cells().get(1);
      map.put(key(row.cells().get(0)), canonical);
      map.putIfAbsent(key(canonical), canonical);
    }
    return new EntityAliases(map);
  }

  /**
   * These aliases plus the canonical names of gazetteer entries; the alias file wins on conflict.
   */
  public EntityAliases withGazetteer(List<GazetteerEntry> gazetteer) {
    Map<String, String> map = new TreeMap<>();
    for (GazetteerEntry e : gazetteer) {
      e.canonical().ifPresent(c -> map.put(key(e.name()), c));
    }
    map.putAll(canonicalByKey);
    return new EntityAliases(map);
  }

  /** The canonical name of {@code name}, if it is a known alias or canonical name. */
  public Optional<String> canonicalOf(String name) {
    return Optional.ofNullable(canonicalByKey.get(key(name)));
  }

  /** Lines {@code key TAB canonical} in key order, for the config fingerprint. */
  List<String> lines() {
    return new TreeMap<>(canonicalByKey)
        .entrySet().stream().map(e -> e.getKey() + "\t" + e.getValue()).toList();
  }

  static String key(String name) {
    return SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }
}
