package dev.newsframes.cli.tooling;

import dev.newsframes.ingest.html.HtmlDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** Benchmark page files: {@code .html} and {@code .html.gz}, named by id. */
final class HtmlFiles {
  private HtmlFiles() {}

  /** The page files directly in {@code dir}, sorted by name. */
  static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> id(f) != null).sorted().toList();
    }
  }

  /** The benchmark id of a page file: its name without {@code .html.gz} or {@code .html}. */
  static String id(Path file) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    for (String ext : new String[] {".html.gz", ".htm.gz", ".html", ".htm"}) {
      if (lower.endsWith(ext)) {
        return name.substring(0, name.length() - ext.length());
      }
    }
    return null;
  }

  /** The decoded page, gunzipped when the bytes are gzip whatever the name says. */
  static String read(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
          bytes = in.readAllBytes();
        }
      }
      return HtmlDecoder.decode(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read page " + file + ": " + e.getMessage(), e);
    }
  }
}
