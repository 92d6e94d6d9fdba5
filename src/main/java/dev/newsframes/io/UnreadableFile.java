package dev.newsframes.io;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises Spark's failure to read one data file of a table (a corrupt or cut-short Parquet file)
 * and says it in one line: which file, which table, why, and what to do.
 */
public final class UnreadableFile {
  // Spark's FAILED_READ_FILE error: "... reading file file:///wh/articles/d=1/part-0.parquet.
  // SQLSTATE"
  private static final Pattern FAILED_READ =
      Pattern.compile("Encountered error while reading file (\\S+?)\\.?(?:\\s|$)");

  private UnreadableFile() {}

  /** One line for a failure to read a table's file, or empty for any other failure. */
  public static Optional<String> message(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Matcher m = FAILED_READ.matcher(String.valueOf(t.getMessage()));
      if (m.find()) {
        String file = m.group(1);
        return Optional.of(
            "cannot read "
                + file
                + " ("
                + cause(t)
                + "): the file is corrupt or cut short. Restore it from a backup, or delete the"
                + table(file).map(n -> " table " + n).orElse(" table")
                + " and re-run the stage that writes it.");
      }
    }
    return Optional.empty();
  }

  private static String cause(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : root.getMessage();
    // the root message of a file without its footer names the whole path again
    String shortMessage = message.replaceAll("\\S+\\.parquet ", "");
    return root.getClass().getSimpleName() + ": " + shortMessage;
  }

  /** The table a data file belongs to: its first folder above the partition folders. */
  static Optional<String> table(String file) {
    String[] parts = file.split("/");
    for (int i = parts.length - 2; i >= 0; i--) {
      if (!parts[i].contains("=")) {
        return parts[i].isEmpty() ? Optional.empty() : Optional.of(parts[i]);
      }
    }
    return Optional.empty();
  }
}
