package dev.newsframes.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's headline: the {@code <h1>} that metadata confirms, else the metadata title
 * (JSON-LD headline, OpenGraph, Twitter, {@code <title>}) without its site-name part.
 */
public final class TitleFinder {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—•·»:/-]\\s+|\\s*\\|\\s*");
  private static final int MAX_TITLE = 400;
  private static final Pattern GENERIC =
      Pattern.compile(
          "(?i)home|homepage|home page|start|startseite|index|untitled|blog|news|accueil|inicio"
              + "|about|about us|contact|menu|search|login|page not found|404");

  private TitleFinder() {}

  static String find(Document doc, MetaTags meta, JsonLdArticle ld, List<String> siteNames) {
    List<String> metaTitles = new ArrayList<>();
    meta.first("og:title").ifPresent(metaTitles::add);
    meta.first("twitter:title").ifPresent(metaTitles::add);
    ld.headline().ifPresent(metaTitles::add);
    meta.first("dc.title", "title", "headline", "sailthru.title", "parsely-title")
        .ifPresent(metaTitles::add);
    List<String> cleanMeta = cleaned(metaTitles, siteNames);
    List<String> cleanTag = cleaned(List.of(doc.title()), siteNames);
    List<String> all = new ArrayList<>(cleanMeta);
    all.addAll(cleanTag);
    // the visible headline is the title; metadata titles are often rewritten for search engines
    Optional<Element> heading = heading(doc, siteNames, all);
    if (heading.isPresent()) {
      return withoutKicker(heading.get(), all);
    }
    return !cleanMeta.isEmpty() ? cleanMeta.get(0) : !cleanTag.isEmpty() ? cleanTag.get(0) : "";
  }

  // A heading whose kicker or subtitle sits in its own element ("<h1><span>Politics</span>
  // <span>Title</span></h1>") is that element's text when metadata names it the title.
  private static String withoutKicker(Element heading, List<String> titles) {
    String text = BlockRenderer.normalise(heading.text()).replace('\n', ' ');
    for (Element part : heading.getAllElements()) {
      if (part == heading) {
        continue;
      }
      String k = key(part.text());
      if (k.length() >= 8 && k.length() < key(text).length()) {
        for (String t : titles) {
          if (key(t).equals(k)) {
            return BlockRenderer.normalise(part.text()).replace('\n', ' ');
          }
        }
      }
    }
    return text;
  }

  private static List<String> cleaned(List<String> titles, List<String> siteNames) {
    List<String> out = new ArrayList<>();
    for (String t : titles) {
      String c = withoutSiteName(t, siteNames);
      if (!c.isEmpty() && !isSiteName(c, siteNames) && !GENERIC.matcher(c).matches()) {
        out.add(c);
      }
    }
    return out;
  }

  private static Optional<Element> heading(
      Document doc, List<String> siteNames, List<String> titles) {
    Element best = null;
    double bestOverlap = 0;
    for (Element h1 : doc.select("body h1")) {
      String h = BlockRenderer.normalise(h1.text()).replace('\n', ' ');
      if (h.length() < 4
          || h.length() > MAX_TITLE
          || isSiteName(h, siteNames)
          || GENERIC.matcher(h).matches()) {
        continue;
      }
      double overlap = titles.stream().mapToDouble(t -> overlap(h, t)).max().orElse(1.0);
      if (overlap > bestOverlap) {
        best = h1;
        bestOverlap = overlap;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Share of the heading's words that occur in the title. */
  private static double overlap(String heading, String title) {
    Set<String> words = new HashSet<>(words(title));
    List<String> mine = words(heading);
    if (mine.isEmpty()) {
      return 0;
    }
    return (double) mine.stream().filter(words::contains).count() / mine.size();
  }

  private static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The title without a leading or trailing " | Site Name" part. */
  static String withoutSiteName(String title, List<String> siteNames) {
    String t = BlockRenderer.normalise(title).replace('\n', ' ');
    for (int round = 0; round < 2; round++) {
      Matcher last = lastSeparator(t);
      if (last != null && isSiteName(t.substring(last.end()), siteNames)) {
        t = t.substring(0, last.start()).strip();
        continue;
      }
      Matcher first = SEPARATOR.matcher(t);
      if (first.find() && isSiteName(t.substring(0, first.start()), siteNames)) {
        t = t.substring(first.end()).strip();
        continue;
      }
      break;
    }
    return t;
  }

  private static Matcher lastSeparator(String t) {
    Matcher m = SEPARATOR.matcher(t);
    Matcher found = null;
    int from = 0;
    while (m.find(from)) {
      found = SEPARATOR.matcher(t);
      found.find(m.start());
      from = m.end();
    }
    return found;
  }

  private static boolean isSiteName(String part, List<String> siteNames) {
    String p = key(part);
    if (p.isEmpty()) {
      return true;
    }
    for (String site : siteNames) {
      String s = key(site);
      if (s.isEmpty()) {
        continue;
      }
      if (p.equals(s)
          || p.contains(s) && p.length() < s.length() + 6
          || s.contains(p) && p.length() >= 4) {
        return true;
      }
    }
    return false;
  }

  /** Lower case letters and digits only, for comparing titles. */
  public static String key(String s) {
    StringBuilder b = new StringBuilder();
    s.toLowerCase(Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  static Optional<String> nonEmpty(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }
}
