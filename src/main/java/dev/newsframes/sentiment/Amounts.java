package dev.newsframes.sentiment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds amounts of money, percentages and plain numbers in a token list, and their values.
 *
 * <p>Hand-written because CoreNLP's NER tags amounts unevenly in financial news ("EUR" is {@code
 * O}, "13.1" {@code NUMBER}, "mn" sometimes either), and the value of "EUR131m" is needed to tell
 * whether a figure rose or fell.
 */
final class Amounts {
  /** An amount spanning tokens {@code [begin, end)}. */
  record Amount(int begin, int end, SentenceUnit.Kind kind, double value) {}

  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<cur>[a-z]{3}|[$€£¥])?(?<num>[-+]?\\d[\\d,]*(?:\\.\\d+)?)"
              + "(?<scale>mn|mln|m|bn|b|k|tn|million|billion)?");

  private static final Set<String> CURRENCIES =
      Set.of(
          "$",
          "€",
          "£",
          "¥",
          "eur",
          "euro",
          "usd",
          "dollar",
          "gbp",
          "pound",
          "sterling",
          "sek",
          "nok",
          "dkk",
          "krona",
          "kronor",
          "krone",
          "kroner",
          "yen",
          "jpy",
          "chf",
          "franc",
          "rmb",
          "yuan",
          "cny",
          "inr",
          "rupee",
          "rub",
          "rouble",
          "ruble",
          "cad",
          "aud",
          "pln",
          "zloty",
          "huf",
          "ltl",
          "lvl",
          "eek",
          "cent",
          "eurocent",
          "us$");

  private static final Map<String, Double> SCALES =
      Map.ofEntries(
          Map.entry("k", 1e3),
          Map.entry("thousand", 1e3),
          Map.entry("m", 1e6),
          Map.entry("mn", 1e6),
          Map.entry("mln", 1e6),
          Map.entry("million", 1e6),
          Map.entry("b", 1e9),
          Map.entry("bn", 1e9),
          Map.entry("billion", 1e9),
          Map.entry("tn", 1e12),
          Map.entry("trillion", 1e12));

  private static final Set<String> PERCENT_WORDS = Set.of("%", "percent", "pct", "per cent");

  private Amounts() {}

  /** The amount starting at token {@code i}, if one does. */
  static Optional<Amount> at(List<SentimentToken> tokens, int i) {
    int j = i;
    boolean money = false;
    while (j < tokens.size() && isCurrency(tokens.get(j))) {
      money = true;
      j++;
    }
    if (j >= tokens.size() || !isNumber(tokens.get(j))) {
      return Optional.empty();
    }
    boolean percent = "PERCENT".equals(tokens.get(j).ner());
    money |= "MONEY".equals(tokens.get(j).ner()) || currencyPrefix(tokens.get(j));
    double value = value(tokens.get(j));
    j++;
    while (j < tokens.size()) {
      SentimentToken t = tokens.get(j);
      String w = lower(t.word());
      if (SCALES.containsKey(w)) {
        value *= SCALES.get(w);
      } else if (isCurrency(t)) {
        money = true;
      } else if (PERCENT_WORDS.contains(w)) {
        percent = true;
      } else if ("per".equals(w)
          && j + 1 < tokens.size()
          && "cent".equals(lower(next(tokens, j)))) {
        percent = true;
        j++;
      } else {
        break;
      }
      j++;
    }
    SentenceUnit.Kind kind =
        percent
            ? SentenceUnit.Kind.PERCENT
            : money ? SentenceUnit.Kind.MONEY : SentenceUnit.Kind.NUMBER;
    return Optional.of(new Amount(i, j, kind, value));
  }

  private static boolean isCurrency(SentimentToken t) {
    return "$".equals(t.tag()) || CURRENCIES.contains(lower(t.lemma()));
  }

  /** Written in digits ("13.1", "EUR131m", "1,200") or tagged as a number by NER ("two"). */
  private static boolean isNumber(SentimentToken t) {
    Matcher m = NUMBER.matcher(lower(t.word()));
    if (m.matches()) {
      return m.group("cur") == null || CURRENCIES.contains(m.group("cur"));
    }
    return Set.of("NUMBER", "MONEY", "PERCENT").contains(t.ner()) && !SCALES.containsKey(t.word());
  }

  private static boolean currencyPrefix(SentimentToken t) {
    Matcher m = NUMBER.matcher(lower(t.word()));
    return m.matches() && m.group("cur") != null;
  }

  /** The token's value, with an attached scale ("131m"); NaN for numbers in words. */
  private static double value(SentimentToken t) {
    Matcher m = NUMBER.matcher(lower(t.word()));
    if (!m.matches()) {
      return Double.NaN;
    }
    double v = Double.parseDouble(m.group("num").replace(",", ""));
    String scale = m.group("scale");
    return scale == null ? v : v * SCALES.get(scale);
  }

  private static String next(List<SentimentToken> tokens, int j) {
    return tokens.get(j + 1).word();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
