package dev.newsframes.sentiment;

import dev.newsframes.common.Hashes;
import java.util.Objects;

/**
 * A trained sentiment model file's content, carried inside {@code NlpConfig} so that Spark
 * executors need no access to the file (like the gazetteer).
 *
 * <p>Equal when name and content hash are equal.
 *
 * @param fileName the file's name, without folders (recorded in the pipeline fingerprint)
 * @param sha256 hex SHA-256 of the content (recorded in the pipeline fingerprint)
 */
public record SentimentModelFile(String fileName, String sha256, byte[] content) {
  public SentimentModelFile {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(sha256, "sha256");
    content = content.clone();
  }

  /** The model file of {@code content}, its hash computed. */
  public static SentimentModelFile of(String fileName, byte[] content) {
    return new SentimentModelFile(fileName, Hashes.sha256Hex(content), content);
  }

  /** A copy of the file's bytes. */
  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SentimentModelFile f
        && fileName.equals(f.fileName)
        && sha256.equals(f.sha256);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileName, sha256);
  }

  @Override
  public String toString() {
    return fileName
        + " (sha256 "
        + sha256.substring(0, Math.min(12, sha256.length()))
        + ", "
        + content.length
        + " bytes)";
  }
}
