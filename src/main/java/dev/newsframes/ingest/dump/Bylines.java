package dev.newsframes.ingest.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a byline ("By Jay Peters and Alex Heath | Share this story") near the top of a page and the
 * author names in it.
 *
 * <p>Names are only taken where they are clear: two to four capitalised words, ended by something
 * that cannot be part of a name. "By Greg M. Epstein Matchull Summers Just before ..." (author,
 * photo credit and text run together) yields no byline. A site's byline-end markers ("archive
 * page", "Share this story") both separate several authors and extend the byline over the share
 * widgets that follow it.
 */
final class Bylines {
  /**
   * "By" anywhere, "by" at a line start or after a photo credit ("Ariel Davis by Rachel Nuwer").
   */
  private static final Pattern BY = Pattern.compile("(?m)(?:^[Bb]y|(?<=\\s)[Bb]y) (?=\\p{Lu})");

  private static final Pattern TOKEN = Pattern.compile("[^\\s]+");
  private static final Pattern NAME_WORD =
      Pattern.compile("\\p{Lu}[\\p{L}'’\\-]*\\.?|\\p{Lu}\\.(?:\\p{Lu}\\.)*");
  private static final Set<String> PARTICLES =
      Set.of("de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "al", "bin", "ibn");
  private static final Pattern SEPARATOR = Pattern.compile("\\G\\s*(?:,|and|&)\\s+");
  private static final int MAX_NAME_WORDS = 4;
  private static final int MARKER_REACH = 500;
  private static final int MAX_OWN_LINE_WORDS = 30;

  private Bylines() {}

  /**
   * A byline: where it starts and ends in the page, and the authors named in it.
   *
   * @param endsAtMarker whether a site's byline widget follows the names, which makes it certain
   */
  record Byline(int start, int end, List<String> authors, boolean endsAtMarker) {}

  /** The first clear byline starting in {@code [from, to)}. */
  static Optional<Byline> find(String text, int from, int to, List<Pattern> endMarkers) {
    Matcher by = Regions.matcher(BY, text, from, to);
    while (by.find()) {
      Optional<Byline> b = parseAt(text, by.start(), by.end(), endMarkers);
      if (b.isPresent()
          && (atLineStart(text, by.start())
              || trustedInLine(text, from, by, b.get(), endMarkers))) {
        return b;
      }
    }
    return Optional.empty();
  }

  private static Optional<Byline> parseAt(
      String text, int start, int namesFrom, List<Pattern> endMarkers) {
    List<String> authors = new ArrayList<>();
    int pos = namesFrom;
    boolean afterMarker = false;
    while (true) {
      int[] name = nameAt(text, pos, endMarkers);
      // a further name must end as clearly as the first one was introduced
      boolean clear =
          name != null
              && (authors.isEmpty()
                  ? !followedByLowerCaseWord(text, name[1])
                      || markerAt(text, skipSpaces(text, name[1]), endMarkers) >= 0
                  : (afterMarker
                      ? markerAt(text, skipSpaces(text, name[1]), endMarkers) >= 0
                      : endsClearly(text, name[1], endMarkers)));
      if (!clear) {
        break;
      }
      authors.add(text.substring(name[0], name[1]).strip());
      pos = name[1];
      int marker = markerAt(text, skipSpaces(text, pos), endMarkers);
      int next = marker >= 0 ? marker : afterSeparator(text, pos);
      if (next < 0) {
        break;
      }
      afterMarker = marker >= 0;
      pos = next;
    }
    if (authors.isEmpty()) {
      return Optional.empty();
    }
    int end = extendOverMarkers(text, pos, endMarkers);
    boolean marked = end > pos || afterMarker;
    // without a widget to end it, a byline on its own short line takes the line (the role after
    // the name); with one, the widget marks the end and the line may go on with the article
    int lineEnd = marked ? end : Math.max(end, ownLineEnd(text, start));
    return Optional.of(new Byline(start, lineEnd, authors, marked));
  }

  /** Start and end of a name of 2-4 capitalised words at {@code pos}, or null. */
  private static int[] nameAt(String text, int pos, List<Pattern> endMarkers) {
    Matcher t = TOKEN.matcher(text);
    int words = 0;
    int end = pos;
    int cursor = skipSpaces(text, pos);
    int start = cursor;
    while (cursor < text.length() && text.charAt(cursor) != '\n') {
      if (markerAt(text, cursor, endMarkers) >= 0 || !t.find(cursor) || t.start() != cursor) {
        break;
      }
      String word = trimTrailingComma(t.group());
      boolean particle = words > 0 && PARTICLES.contains(word);
      if (!particle && !NAME_WORD.matcher(word).matches()) {
        break;
      }
      words++;
      end = cursor + word.length();
      cursor = word.length() < t.group().length() ? end : skipSpaces(text, t.end());
      if (word.length() < t.group().length()) {
        break; // "Name," ends the name
      }
    }
    return words >= 2 && words <= MAX_NAME_WORDS ? new int[] {start, end} : null;
  }

  /**
   * The end of a short line that starts with the byline ("By Jane Doe, senior analyst at Acme."):
   * the rest of such a line is the author's role, not article text. Otherwise {@code start}.
   */
  private static int ownLineEnd(String text, int start) {
    if (!atLineStart(text, start)) {
      return start;
    }
    int end = text.indexOf('\n', start);
    end = end < 0 ? text.length() : end;
    String line = text.substring(start, end).strip();
    return line.split(" ").length <= MAX_OWN_LINE_WORDS ? end : start;
  }

  /** "By Anna Wiener Herndon believes ..." runs a name into the text: not a clear byline. */
  private static boolean followedByLowerCaseWord(String text, int pos) {
    int p = skipSpaces(text, pos);
    return p < text.length()
        && Character.isLowerCase(text.charAt(p))
        && !text.startsWith("and ", p);
  }

  private static boolean atLineStart(String text, int pos) {
    return pos == 0 || text.charAt(pos - 1) == '\n';
  }

  /**
   * A "By" inside a line is mostly prose ("the much-hyped By Innovation Only event"); it is a
   * byline when a byline widget follows the name, or when "By" follows the title or a sentence end.
   */
  private static boolean trustedInLine(
      String text, int from, Matcher by, Byline b, List<Pattern> endMarkers) {
    if (text.charAt(by.start()) != 'B') {
      return endsAtMarker(text, by.end(), endMarkers); // "Ariel Davis by Rachel Nuwer archive page"
    }
    if (b.endsAtMarker()) {
      return true;
    }
    int p = by.start() - 1;
    while (p >= from && text.charAt(p) == ' ') {
      p--;
    }
    return p < from || ".?!”\"’)".indexOf(text.charAt(p)) >= 0;
  }

  private static boolean endsAtMarker(String text, int namesFrom, List<Pattern> endMarkers) {
    int[] name = nameAt(text, namesFrom, endMarkers);
    return name != null && markerAt(text, skipSpaces(text, name[1]), endMarkers) >= 0;
  }

  private static boolean endsClearly(String text, int pos, List<Pattern> endMarkers) {
    int p = skipSpaces(text, pos);
    if (p >= text.length() || text.charAt(p) == '\n' || markerAt(text, p, endMarkers) >= 0) {
      return true;
    }
    char c = text.charAt(p);
    return c == ',' || c == '|' || c == '@' || c == '&' || text.startsWith("and ", p);
  }

  private static int afterSeparator(String text, int pos) {
    Matcher sep = SEPARATOR.matcher(text);
    return sep.find(pos) && sep.start() == pos ? sep.end() : -1;
  }

  /**
   * The end of the last byline-end marker close after {@code pos} (at most one line break away).
   */
  private static int extendOverMarkers(String text, int pos, List<Pattern> endMarkers) {
    int limit = Math.min(text.length(), pos + MARKER_REACH);
    int newline = text.indexOf('\n', pos);
    if (newline >= 0 && newline < limit) {
      int second = text.indexOf('\n', newline + 1);
      limit = second >= 0 ? Math.min(limit, second) : limit;
    }
    int end = pos;
    for (Pattern p : endMarkers) {
      Matcher m = Regions.matcher(p, text, pos, limit);
      while (m.find()) {
        end = Math.max(end, m.end());
      }
    }
    return end;
  }

  /** End of an end marker starting exactly at {@code pos}, or -1. */
  private static int markerAt(String text, int pos, List<Pattern> endMarkers) {
    for (Pattern p : endMarkers) {
      Matcher m = Regions.matcher(p, text, pos, text.length());
      if (m.lookingAt()) {
        return m.end();
      }
    }
    return -1;
  }

  private static String trimTrailingComma(String word) {
    return word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
  }

  private static int skipSpaces(String text, int pos) {
    int p = pos;
    while (p < text.length() && text.charAt(p) == ' ') {
      p++;
    }
    return p;
  }
}
