package dev.newsframes.ingest.model;

import java.util.Locale;

/** Why an input, or a record inside it, did not become an article. Stored as a snake_case code. */
public enum RejectReason {
  EMPTY,
  BINARY,
  TRUNCATED_GZIP,
  BAD_ENCODING,
  TOO_LARGE,
  UNKNOWN_FORMAT,
  NO_TEXT,
  MALFORMED_RECORD,
  NOT_HTML,
  NO_CONTENT_TYPE,
  BAD_TARGET_URI,
  MISSING_FIELD,
  READ_ERROR,
  /** A FIFO, socket or device under the inputs: never opened, so it cannot block the run. */
  NOT_REGULAR_FILE,
  SYMLINK_LOOP,
  DANGLING_LINK,
  /** A file name the platform cannot decode (not valid UTF-8), so the file cannot be opened. */
  UNREADABLE_NAME,
  /**
   * A well-formed manifest row that names no file of this run (a manifest covering more files than
   * the run reads): its metadata reaches no article.
   */
  UNMATCHED_MANIFEST_ROW;

  /** The value stored in the {@code reason} column. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
