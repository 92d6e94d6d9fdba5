package dev.newsframes.ingest.manifest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which manifest CSV headers hold which field; each field accepts several header names, matched
 * case-insensitively, and the first one present in the header row wins.
 *
 * <p>Only {@link Field#FILE} is required; the others may be missing from a manifest.
 */
public record ManifestColumns(Map<Field, List<String>> headers) implements Serializable {

  /** A manifest field. */
  public enum Field {
    FILE,
    URL,
    TITLE,
    DATE,
    CRAWL_TIME;

    /** The field's name in a column spec, e.g. {@code crawl_time}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public ManifestColumns {
    EnumMap<Field, List<String>> copy = new EnumMap<>(Field.class);
    for (Field f : Field.values()) {
      copy.put(f, List.copyOf(headers.getOrDefault(f, List.of())));
    }
    headers = Map.copyOf(copy);
  }

  /** Headers accepted for a field, in order of preference. */
  public List<String> headers(Field field) {
    return headers.get(field);
  }

  /**
   * The usual names: {@code file} (or {@code path}, {@code filename}), {@code url}, {@code title},
   * {@code date} (or {@code url_date}, {@code published}, {@code published_at}) and {@code
   * crawl_time} (or {@code crawled_at}, {@code crawl_date}).
   */
  public static ManifestColumns defaults() {
    EnumMap<Field, List<String>> m = new EnumMap<>(Field.class);
    m.put(Field.FILE, List.of("file", "path", "filename"));
    m.put(Field.URL, List.of("url", "link"));
    m.put(Field.TITLE, List.of("title"));
    m.put(Field.DATE, List.of("date", "url_date", "published", "published_at"));
    m.put(Field.CRAWL_TIME, List.of("crawl_time", "crawled_at", "crawl_date"));
    return new ManifestColumns(m);
  }

  /**
   * The defaults with some fields mapped to other headers, from a spec such as {@code
   * "file=path,date=pub_date|url_date"} ({@code |} separates alternatives).
   *
   * @throws IllegalArgumentException naming the bad part when the spec names an unknown field or
   *     has no header for one; meant for command-line validation before any work starts
   */
  public static ManifestColumns parse(String spec) {
    EnumMap<Field, List<String>> m = new EnumMap<>(defaults().headers());
    if (spec == null || spec.isBlank()) {
      return defaults();
    }
    for (String part : spec.split(",")) {
      String[] kv = part.split("=", 2);
      if (kv.length != 2 || kv[1].isBlank()) {
        throw new IllegalArgumentException(
            "Bad manifest column mapping \"" + part.strip() + "\": expected field=header");
      }
      m.put(field(kv[0].strip()), alternatives(kv[1]));
    }
    return new ManifestColumns(m);
  }

  private static Field field(String key) {
    for (Field f : Field.values()) {
      if (f.key().equalsIgnoreCase(key) || f.key().replace("_", "-").equalsIgnoreCase(key)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "Unknown manifest field \""
            + key
            + "\": expected one of file, url, title, date, crawl_time");
  }

  private static List<String> alternatives(String value) {
    List<String> out = new ArrayList<>();
    for (String h : value.split("\\|")) {
      if (!h.isBlank()) {
        out.add(h.strip());
      }
    }
    return out;
  }
}
