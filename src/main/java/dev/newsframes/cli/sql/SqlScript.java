package dev.newsframes.cli.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into statements at semicolons outside quotes and comments.
 *
 * <p>Hand-written because Spark parses one statement per call and has no public splitter; quotes
 * ({@code '...'}, {@code "..."}, {@code `...`}), {@code --} line comments and {@code /* *}{@code /}
 * block comments are honoured, so a semicolon inside them never splits.
 */
public final class SqlScript {
  private SqlScript() {}

  /** The statements of {@code script}, stripped; empty and comment-only pieces are dropped. */
  public static List<String> statements(String script) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean onlyComments = true;
    int i = 0;
    while (i < script.length()) {
      char c = script.charAt(i);
      int end = i + 1;
      if (c == '\'' || c == '"' || c == '`') {
        end = closing(script, i + 1, c);
        onlyComments = false;
      } else if (script.startsWith("--", i)) {
        int nl = script.indexOf('\n', i);
        end = nl < 0 ? script.length() : nl;
      } else if (script.startsWith("/*", i)) {
        int close = script.indexOf("*/", i + 2);
        end = close < 0 ? script.length() : close + 2;
      } else if (c == ';') {
        flush(out, current, onlyComments);
        current.setLength(0);
        onlyComments = true;
        i++;
        continue;
      } else if (!Character.isWhitespace(c)) {
        onlyComments = false;
      }
      current.append(script, i, end);
      i = end;
    }
    flush(out, current, onlyComments);
    return out;
  }

  /** The index after the quote that closes one opened before {@code from} (SqlWords scans too). */
  static int closing(String s, int from, char quote) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) == '\\' && quote != '`') {
        i++;
      } else if (s.charAt(i) == quote) {
        return i + 1;
      }
    }
    return s.length();
  }

  private static void flush(List<String> out, StringBuilder statement, boolean onlyComments) {
    String s = statement.toString().strip();
    if (!s.isEmpty() && !onlyComments) {
      out.add(s);
    }
  }
}
