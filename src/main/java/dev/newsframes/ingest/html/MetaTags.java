package dev.newsframes.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A page's {@code <meta>} values keyed by lower-case name, property, itemprop or http-equiv. */
final class MetaTags {
  private final Map<String, List<String>> values = new HashMap<>();

  private MetaTags() {}

  static MetaTags of(Document doc) {
    MetaTags tags = new MetaTags();
    for (Element meta : doc.getElementsByTag("meta")) {
      String content = meta.attr("content").strip();
      if (content.isEmpty()) {
        content = meta.attr("value").strip();
      }
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = meta.attr(attr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) {
          tags.values.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
        }
      }
    }
    return tags;
  }

  /** The first value of the first key that has one. */
  Optional<String> first(String... keys) {
    for (String key : keys) {
      List<String> v = values.get(key);
      if (v != null && !v.isEmpty()) {
        return Optional.of(v.get(0));
      }
    }
    return Optional.empty();
  }

  /** All values of a key, in page order. */
  List<String> all(String key) {
    return values.getOrDefault(key, List.of());
  }
}
