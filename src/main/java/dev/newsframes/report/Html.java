package dev.newsframes.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Small builders over jsoup elements. Untrusted text only ever enters the page through {@link
 * Element#text}, {@link Element#appendText} and {@link Element#attr}, which jsoup escapes when it
 * writes the document; nothing is parsed from strings.
 */
final class Html {
  /** What every link to a scraped URL carries. */
  static final String LINK_REL = "noopener noreferrer nofollow";

  private Html() {}

  /**
   * Appends {@code text}, as a link to {@code url} when it is an http(s) URL ({@link SafeUrl}),
   * else as plain text.
   */
  static Element link(Element parent, String text, String url) {
    Optional<String> href = SafeUrl.link(url);
    if (href.isEmpty()) {
      return parent.appendElement("span").text(text);
    }
    return parent.appendElement("a").attr("href", href.get()).attr("rel", LINK_REL).text(text);
  }

  /** A table with a header row; {@code numeric} names the columns aligned right. */
  static Element table(Element parent, List<String> header, List<Integer> numeric) {
    Element table = parent.appendElement("table");
    Element row = table.appendElement("thead").appendElement("tr");
    for (int i = 0; i < header.size(); i++) {
      Element th = row.appendElement("th").text(header.get(i));
      if (numeric.contains(i)) {
        th.addClass("num");
      }
    }
    table.appendElement("tbody");
    return table;
  }

  /** Appends a body row of plain cells to a {@link #table}. */
  static Element row(Element table, List<Integer> numeric, String... cells) {
    Element tr = table.selectFirst("tbody").appendElement("tr");
    for (int i = 0; i < cells.length; i++) {
      Element td = tr.appendElement("td").text(cells[i]);
      if (numeric.contains(i)) {
        td.addClass("num");
      }
    }
    return tr;
  }

  /** The CSS class of the i-th frame's color ({@code .c0..c9}, as the charts' palette), or grey. */
  static String colorClass(int i) {
    return i < 0 ? "cx" : "c" + (i % ChartStyle.PALETTE.length);
  }

  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  static String signed(double v) {
    return String.format(Locale.ROOT, "%+.2f", v);
  }

  /** {@code pos}, {@code neg} or {@code neu}: the class of a sentiment or balance value. */
  static String tone(Optional<Double> v) {
    return v.map(x -> x > 0.05 ? "pos" : x < -0.05 ? "neg" : "neu").orElse("neu");
  }

  /** A part of a sentence, highlighted or not. */
  record Segment(String text, boolean highlighted) {}

  /**
   * Splits {@code text} into runs, highlighting every whole-word occurrence of a term
   * (case-insensitive, inflected endings included: "ban" marks "bans").
   */
  static List<Segment> highlight(String text, List<String> terms) {
    List<int[]> spans = new ArrayList<>();
    for (String term : terms) {
      String t = term.strip();
      if (t.isEmpty()) {
        continue;
      }
      String words = String.join("\\s+", quoteWords(t));
      Matcher m =
          Pattern.compile(
                  "(?<![\\p{L}\\p{N}])" + words + "\\p{L}*",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
              .matcher(text);
      while (m.find()) {
        spans.add(new int[] {m.start(), m.end()});
      }
    }
    spans.sort(Comparator.comparingInt((int[] s) -> s[0]).thenComparingInt(s -> s[0] - s[1]));
    List<Segment> out = new ArrayList<>();
    int at = 0;
    for (int[] s : spans) {
      if (s[0] < at) {
        continue;
      }
      if (s[0] > at) {
        out.add(new Segment(text.substring(at, s[0]), false));
      }
      out.add(new Segment(text.substring(s[0], s[1]), true));
      at = s[1];
    }
    if (at < text.length()) {
      out.add(new Segment(text.substring(at), false));
    }
    return out;
  }

  private static List<String> quoteWords(String term) {
    return List.of(term.split("\\s+")).stream().map(Pattern::quote).toList();
  }

  /** Appends a sentence with its matched terms marked. */
  static void appendHighlighted(Element parent, String text, List<String> terms) {
    for (Segment s : highlight(text, terms)) {
      if (s.highlighted()) {
        parent.appendElement("mark").text(s.text());
      } else {
        parent.appendText(s.text());
      }
    }
  }
}
