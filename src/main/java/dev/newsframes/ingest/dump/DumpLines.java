package dev.newsframes.ingest.dump;

import java.util.ArrayList;
import java.util.List;

/** Line handling shared by the dump parsers. */
final class DumpLines {
  private DumpLines() {}

  /** Up to {@code max} stripped, non-empty lines of the text. */
  static List<String> nonEmpty(String text, int max) {
    List<String> out = new ArrayList<>();
    for (String line : text.split("\\R")) {
      String s = line.strip();
      if (!s.isEmpty()) {
        out.add(s);
        if (out.size() >= max) {
          break;
        }
      }
    }
    return out;
  }

  /** The text after the first matching prefix, or the line itself. */
  static String stripPrefix(String line, List<String> prefixes) {
    for (String p : prefixes) {
      if (line.startsWith(p)) {
        return line.substring(p.length()).strip();
      }
    }
    return line;
  }
}
