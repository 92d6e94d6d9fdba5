package dev.newsframes.ingest.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds an article's authors: JSON-LD first, then author meta tags, then the page's byline ({@code
 * rel=author} links, {@code itemprop=author}, elements named byline or author).
 *
 * <p>Names are split on "and", commas and ampersands, stripped of "By", and dropped when they look
 * like a URL, an e-mail, a date or a sentence.
 */
final class AuthorFinder {
  private static final Pattern BY =
      Pattern.compile("(?i)^\\s*(?:written\\s+)?(?:by|von|par|por|di|door|av|af)[:\\s]+");
  private static final Pattern SPLIT =
      Pattern.compile("(?i)\\s*(?:,|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\|| /)\\s*");
  private static final Pattern NOT_A_NAME =
      Pattern.compile("(?i)https?:|www\\.|@|\\d|[\"“”]|\\.com");
  private static final int MAX_WORDS = 5;

  private AuthorFinder() {}

  static List<String> find(Document doc, MetaTags meta, JsonLdArticle ld) {
    List<String> found = clean(ld.authors());
    if (!found.isEmpty()) {
      return found;
    }
    List<String> metaAuthors = new ArrayList<>();
    for (String key :
        new String[] {
          "author",
          "article:author",
          "parsely-author",
          "sailthru.author",
          "dc.creator",
          "byl",
          "citation_author"
        }) {
      metaAuthors.addAll(meta.all(key));
    }
    found = clean(metaAuthors);
    if (!found.isEmpty()) {
      return found;
    }
    List<String> byline = new ArrayList<>();
    for (Element e :
        doc.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")) {
      byline.add(e.text());
      if (!byline.isEmpty() && e.hasAttr("itemprop")) {
        break;
      }
    }
    if (byline.isEmpty()) {
      for (Element e :
          doc.select(
              "[class*=byline], [class*=author-name], [class*=authorName],"
                  + " [class~=(?i)(^|\\s)(author|authors|writer|article-author)(\\s|$)]")) {
        byline.add(e.text());
        break;
      }
    }
    return clean(byline);
  }

  static List<String> clean(List<String> raw) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String value : raw) {
      String v = BY.matcher(value.replace('\n', ' ').strip()).replaceFirst("");
      for (String part : SPLIT.split(v)) {
        String name = part.strip().replaceAll("[\\s.,;:]+$", "");
        if (looksLikeName(name)) {
          names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
      }
    }
    return List.copyOf(names.values());
  }

  private static boolean looksLikeName(String name) {
    if (name.length() < 3 || name.length() > 60 || NOT_A_NAME.matcher(name).find()) {
      return false;
    }
    int words = name.split("\\s+").length;
    return words <= MAX_WORDS && Character.isLetter(name.codePointAt(0));
  }
}
