package dev.newsframes.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's headline: the {@code <h1>} that metadata confirms, else the metadata title
 * (JSON-LD headline, OpenGraph, Twitter, {@code <title>}) without its site-name part.
 */
final class TitleFinder {
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|–—•·»:/-]\\s+|\\s*\\|\\s*");
  private static final int MAX_TITLE = 400;

  private TitleFinder() {}

  static String find(Document doc, MetaTags meta, JsonLdArticle ld, List<String> siteNames) {
    List<String> metaTitles = new ArrayList<>();
    ld.headline().ifPresent(metaTitles::add);
    meta.first("og:title").ifPresent(metaTitles::add);
    meta.first("twitter:title").ifPresent(metaTitles::add);
    meta.first("dc.title", "title", "headline", "sailthru.title", "parsely-title")
        .ifPresent(metaTitles::add);
    String titleTag = doc.title();
    if (!titleTag.isBlank()) {
      metaTitles.add(titleTag);
    }
    List<String> headings = new ArrayList<>();
    for (Element h1 : doc.select("body h1")) {
      String text = BlockRenderer.normalise(h1.text());
      if (!text.isEmpty() && text.length() <= MAX_TITLE) {
        headings.add(text);
      }
    }
    for (String h : headings) {
      String key = key(h);
      for (String t : metaTitles) {
        if (key.length() >= 8 && key(t).contains(key)) {
          return h;
        }
      }
    }
    for (String t : metaTitles) {
      String cleaned = withoutSiteName(t, siteNames);
      if (!cleaned.isEmpty()) {
        return cleaned;
      }
    }
    return headings.isEmpty() ? "" : headings.get(0);
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
      if (!s.isEmpty() && (p.equals(s) || p.contains(s) && p.length() < s.length() + 6)) {
        return true;
      }
    }
    return false;
  }

  /** Lower case letters and digits only, for comparing titles. */
  static String key(String s) {
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
