package dev.newsframes.ingest.input;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The kinds of input ingest reads, detected by extension and, failing that, by content. */
public enum InputFormat {
  TEXT,
  HTML,
  WARC,
  JSON,
  JSON_LINES,
  CSV,
  PARQUET;

  /**
   * Detects the format of a file from its name (a {@code .gz} suffix is ignored) and the first
   * bytes of its (decompressed) content.
   */
  public static InputFormat detect(String fileName, byte[] head) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    InputFormat byName = byExtension(name);
    if (byName == null) {
      return byContent(head);
    }
    // a ".txt" that holds a page (saved HTML) is a page
    return byName == TEXT && byContent(head) == HTML ? HTML : byName;
  }

  private static InputFormat byExtension(String name) {
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1);
    return switch (ext) {
      case "warc", "arc" -> WARC;
      case "html", "htm", "xhtml", "shtml" -> HTML;
      case "jsonl", "ndjson" -> JSON_LINES;
      case "json" -> JSON;
      case "csv", "tsv" -> CSV;
      case "parquet" -> PARQUET;
      case "txt", "text" -> TEXT;
      default -> null;
    };
  }

  /** Sniffs the first bytes of content whose extension says nothing. */
  static InputFormat byContent(byte[] head) {
    String start =
        new String(head, 0, Math.min(head.length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .replace("\uFEFF", "")
            .toLowerCase(Locale.ROOT);
    if (start.startsWith("warc/")) {
      return WARC;
    }
    if (start.startsWith("par1")) {
      return PARQUET;
    }
    if (start.startsWith("<!doctype html")
        || start.startsWith("<html")
        || start.contains("<head")) {
      return HTML;
    }
    if (start.startsWith("[")) {
      return JSON;
    }
    if (start.startsWith("{")) {
      // one object per line, or one pretty-printed document?
      int eol = start.indexOf('\n');
      String firstLine = eol < 0 ? start : start.substring(0, eol);
      return eol >= 0 && firstLine.strip().endsWith("}") ? JSON_LINES : JSON;
    }
    return TEXT;
  }
}
