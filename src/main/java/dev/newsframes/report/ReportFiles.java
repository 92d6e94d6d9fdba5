package dev.newsframes.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The report directory: {@code index.html}, {@code charts/} and {@code csv/}. Re-running replaces
 * the report's own files (index.html, charts/*.svg, csv/*.csv) and leaves anything else alone.
 */
final class ReportFiles {
  private final Path root;

  private ReportFiles(Path root) {
    this.root = root;
  }

  /** Creates the directories and removes the charts and CSV files of an earlier report. */
  static ReportFiles prepare(Path root) throws IOException {
    Files.createDirectories(root.resolve("charts"));
    Files.createDirectories(root.resolve("csv"));
    clear(root.resolve("charts"), "*.svg");
    clear(root.resolve("csv"), "*.csv");
    return new ReportFiles(root);
  }

  private static void clear(Path dir, String glob) throws IOException {
    try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, glob)) {
      for (Path p : old) {
        Files.delete(p);
      }
    }
  }

  /** The path of a file of the report, e.g. {@code csv/spikes.csv}. */
  Path resolve(String relative) {
    return root.resolve(relative);
  }

  /** Writes a UTF-8 text file through a temporary file, so readers never see half of it. */
  Path write(String relative, String content) throws IOException {
    Path target = resolve(relative);
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    Files.writeString(tmp, content, StandardCharsets.UTF_8);
    return Files.move(
        tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
