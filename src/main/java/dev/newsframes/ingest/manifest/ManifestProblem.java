package dev.newsframes.ingest.manifest;

import java.io.Serializable;

/**
 * A manifest row that could not be used in full, or a problem with the whole manifest.
 *
 * @param line line of the CSV file where the row starts (1 is the header); 0 for the whole file
 * @param message what is wrong and what was done about it
 */
public record ManifestProblem(long line, String message) implements Serializable {
  @Override
  public String toString() {
    return line == 0 ? message : "line " + line + ": " + message;
  }
}
