package dev.newsframes.ingest.records;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which record columns feed which article fields. Each field tries its candidate names in order
 * (case-insensitively; {@code a.b} looks inside nested objects); the user may pin a field to one
 * column with {@code --field text=lead_paragraph}.
 */
public final class FieldMapping implements Serializable {
  private static final long serialVersionUID = 1L;
  private final EnumMap<RecordField, List<String>> candidates = new EnumMap<>(RecordField.class);

  private FieldMapping() {
    for (RecordField f : RecordField.values()) {
      candidates.put(f, f.defaults());
    }
  }

  /** The default candidates for every field. */
  public static FieldMapping defaults() {
    return new FieldMapping();
  }

  /** The defaults with some fields pinned to the given columns. */
  public static FieldMapping withOverrides(Map<String, String> overrides) {
    FieldMapping m = new FieldMapping();
    overrides.forEach((k, v) -> m.candidates.put(RecordField.ofKey(k), List.of(v.strip())));
    return m;
  }

  /** The column names tried for a field, in order. */
  public List<String> candidates(RecordField field) {
    return candidates.get(field);
  }

  /** The candidates per field: stable, so the mapping can be part of a settings stamp. */
  @Override
  public String toString() {
    return "FieldMapping" + candidates;
  }
}
