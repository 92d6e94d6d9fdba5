package dev.newsframes.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A name the stock NER models miss or mistype, with the type to give it.
 *
 * <p>Gazetteer files ({@code jobs/gazetteer.tsv}) have one entry per line: {@code name TAB ner_type
 * [TAB canonical]}. Companies, labs and agencies are {@code ORGANIZATION} (so they count with the
 * stock ORGANIZATION mentions); AI models and software products are {@code PRODUCT}.
 *
 * @param canonical the name all mentions of {@code name} resolve to, when not the name itself
 */
public record GazetteerEntry(String name, String nerType, Optional<String> canonical) {
  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z_]*");

  public GazetteerEntry {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(nerType, "nerType");
    Objects.requireNonNull(canonical, "canonical");
    if (name.isBlank()) {
      throw new IllegalArgumentException("gazetteer name is blank");
    }
    if (!TYPE.matcher(nerType).matches()) {
      throw new IllegalArgumentException(
          "gazetteer type \"" + nerType + "\" of \"" + name + "\" is not an upper-case NER type");
    }
  }

  /** Parses a gazetteer file's text; {@code source} names it in error messages. */
  public static List<GazetteerEntry> parse(String text, String source) {
    List<GazetteerEntry> entries = new ArrayList<>();
    for (TsvRows.Row row : TsvRows.parse(text, source)) {
      List<String> c = row.cells();
      if (c.size() < 2 || c.size() > 3) {
        throw new IllegalArgumentException(
            "Cannot read gazetteer "
                + row.where()
                + ": expected name, ner_type and optional canonical separated by tabs, got "
                + c);
      }
      Optional<String> canonical = c.size() == 3 ? Optional.of(c.get(2)) : Optional.empty();
      try {
        entries.add(new GazetteerEntry(c.get(0), c.get(1).toUpperCase(Locale.ROOT), canonical));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Cannot read gazetteer " + row.where() + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(entries);
  }

  /** The stable text form of this entry, as in the file; used for the config fingerprint. */
  String line() {
    return name + "\t" + nerType + canonical.map(c -> "\t" + c).orElse("");
  }
}
