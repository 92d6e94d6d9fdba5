package dev.newsframes.ingest.model;

import java.util.Objects;

/**
 * An input, or a record inside one, that could not become an article.
 *
 * @param inputFile the file as given to ingest
 * @param position byte offset (WARC), line number (CSV, JSON Lines) or record index; 0 for a file
 * @param message what could not be done and why, for a person
 * @param sample at most {@link #SAMPLE_CHARS} characters of the offending input, or empty
 */
public record Reject(
    String inputFile, long position, RejectReason reason, String message, String sample) {
  /** Longest sample kept in a reject row. */
  public static final int SAMPLE_CHARS = 200;

  public Reject {
    Objects.requireNonNull(inputFile, "inputFile");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    sample = sample == null ? "" : clip(sample);
  }

  /** A reject of a whole file. */
  public static Reject ofFile(String inputFile, RejectReason reason, String message) {
    return new Reject(inputFile, 0, reason, message, "");
  }

  private static String clip(String s) {
    String printable = s.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "\uFFFD");
    return printable.length() <= SAMPLE_CHARS ? printable : printable.substring(0, SAMPLE_CHARS);
  }
}
