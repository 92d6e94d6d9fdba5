package dev.newsframes.cli.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bare words of a SQL statement (keywords and unquoted identifiers), upper-cased, in order;
 * string literals, quoted identifiers and comments are skipped, so a word inside them is never read
 * as a keyword.
 *
 * <p>Quotes are {@code '...'}, {@code "..."} and {@code `...`}, with backslash escapes as Spark
 * reads them, and {@code $$...$$} as DuckDB reads them. Where the engines lex differently (DuckDB
 * has no backslash escapes), the engine's own parser check ({@link DuckDbEngine}, {@link
 * SparkSqlEngine}) is the final word.
 */
public final class SqlWords {
  private SqlWords() {}

  /** The words of {@code sql} outside quotes and comments, upper-cased. */
  public static List<String> of(String sql) {
    List<String> words = new ArrayList<>();
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        i = SqlScript.closing(sql, i + 1, c);
      } else if (sql.startsWith("$$", i)) {
        int close = sql.indexOf("$$", i + 2);
        i = close < 0 ? sql.length() : close + 2;
      } else if (sql.startsWith("--", i)) {
        int nl = sql.indexOf('\n', i);
        i = nl < 0 ? sql.length() : nl;
      } else if (sql.startsWith("/*", i)) {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? sql.length() : close + 2;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i + 1;
        while (end < sql.length()
            && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
          end++;
        }
        words.add(sql.substring(i, end).toUpperCase(Locale.ROOT));
        i = end;
      } else {
        i++;
      }
    }
    return words;
  }
}
