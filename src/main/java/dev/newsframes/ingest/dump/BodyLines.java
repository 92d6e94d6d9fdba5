package dev.newsframes.ingest.dump;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line-level clean-up of a page body, where each line is one paragraph of the dump: drops lines
 * matched by site rules, menu-like lines, script code and verbatim repeats.
 */
final class BodyLines {
  private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");

  /** A space after sentence punctuation (and closing quotes) before a capital, digit or quote. */
  private static final Pattern SENTENCE_BREAK =
      Pattern.compile("(?<=[.!?][”\"’)]?)\\s+(?=[\\p{Lu}\\p{N}“\"‘(])");

  private static final int MENU_MIN_WORDS = 6;
  private static final double MENU_CAPITALISED_SHARE = 0.75;
  private static final double CODE_SYMBOL_SHARE = 0.12;

  private BodyLines() {}

  /** The kept paragraphs of {@code body}, each stripped and with single spaces. */
  static List<String> clean(String body, List<Pattern> dropSentences, List<Pattern> dropLines) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String raw : joinBrokenLines(body.split("\n"))) {
      String line = withoutSentences(tidy(raw), dropSentences);
      if (line.isEmpty()
          || isDropped(line, dropLines)
          || isMenu(line)
          || isCode(line)
          || !seen.add(line)) {
        continue;
      }
      out.add(line);
    }
    return out;
  }

  /**
   * Lines re-joined where the dump broke a sentence ("Washington, D.C." / "next week to ..."): a
   * paragraph does not start with a lower-case letter or closing punctuation.
   */
  static List<String> joinBrokenLines(String[] lines) {
    List<String> out = new ArrayList<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (!out.isEmpty() && !line.isEmpty() && continues(line)) {
        String glue = Character.isLetterOrDigit(line.charAt(0)) ? " " : "";
        out.set(out.size() - 1, out.get(out.size() - 1) + glue + line);
      } else {
        out.add(line);
      }
    }
    return out;
  }

  private static boolean continues(String line) {
    char c = line.charAt(0);
    return Character.isLowerCase(c) || ",;:)]}".indexOf(c) >= 0;
  }

  /** The line without the sentences that match any pattern. */
  static String withoutSentences(String line, List<Pattern> dropSentences) {
    if (dropSentences.isEmpty()) {
      return line;
    }
    StringBuilder kept = new StringBuilder();
    for (String sentence : SENTENCE_BREAK.split(line)) {
      if (dropSentences.stream().noneMatch(p -> p.matcher(sentence).find())) {
        kept.append(kept.length() == 0 ? "" : " ").append(sentence);
      }
    }
    return kept.toString();
  }

  static String tidy(String line) {
    return SPACES.matcher(line.strip()).replaceAll(" ");
  }

  /** Literal entries ({@link Pattern#LITERAL}) match a line's start, patterns anywhere in it. */
  private static boolean isDropped(String line, List<Pattern> dropLines) {
    for (Pattern p : dropLines) {
      Matcher m = p.matcher(line);
      if ((p.flags() & Pattern.LITERAL) != 0 ? m.lookingAt() : m.find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A run of link labels: six or more words, three quarters of them capitalised, and no sentence
   * punctuation. Navigation menus and footer link lists look like this; prose does not.
   */
  static boolean isMenu(String line) {
    String[] words = line.split(" ");
    if (words.length < MENU_MIN_WORDS || hasSentencePunctuation(line)) {
      return false;
    }
    int capitalised = 0;
    for (String w : words) {
      int cp = w.codePointAt(0);
      if (Character.isUpperCase(cp) || Character.isDigit(cp) || !Character.isLetter(cp)) {
        capitalised++;
      }
    }
    return capitalised >= MENU_CAPITALISED_SHARE * words.length;
  }

  private static boolean hasSentencePunctuation(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean end = i + 1 == line.length() || line.charAt(i + 1) == ' ';
      if ((c == '.' || c == '!' || c == '?' || c == ',' || c == ';' || c == ':') && end) {
        return true;
      }
    }
    return false;
  }

  /** Script code that leaked into the text (email obfuscators, inline JavaScript). */
  static boolean isCode(String line) {
    if (line.length() < 40) {
      return false;
    }
    int symbols = 0;
    for (int i = 0; i < line.length(); i++) {
      if ("{}();=\\\"+_<>[]".indexOf(line.charAt(i)) >= 0) {
        symbols++;
      }
    }
    return symbols >= CODE_SYMBOL_SHARE * line.length()
        && (line.contains("function") || line.contains("var ") || line.contains("();"));
  }
}
