package dev.newsframes.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Removes what is never article text from a parsed page body, in place: scripts and media, forms'
 * controls, hidden elements, navigation, asides, footers, figures and regions whose class, id or
 * role names them boilerplate (sharing, comments, related links, ads, cookie banners...).
 *
 * <p>A region named like boilerplate that still holds most of the page's paragraph text, or of its
 * text outside links, is kept, so a template that gives its article wrapper an unlucky class name
 * does not lose the article.
 */
final class DomCleaner {
  private static final Set<String> JUNK_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "math",
          "canvas",
          "iframe",
          "object",
          "embed",
          "video",
          "audio",
          "picture",
          "img",
          "source",
          "button",
          "input",
          "select",
          "textarea",
          "option",
          "label",
          "nav",
          "aside",
          "footer",
          "dialog",
          "menu",
          "figure",
          "figcaption",
          "link",
          "meta",
          "head",
          "title",
          "map",
          "area",
          "frame",
          "frameset");

  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  /** Share of the page's paragraph text above which a boilerplate-named region is kept. */
  private static final double KEEP_SHARE = 0.5;

  private static final double WEAK_LINK_DENSITY = 0.3;
  private static final int WEAK_MIN_TEXT = 200;

  private DomCleaner() {}

  /** Cleans {@code root} in place. */
  static void clean(Element root) {
    removeTagsAndComments(root);
    TextStats stats = TextStats.of(root);
    int pageParagraphs = Math.max(1, stats.paragraphs(root));
    int pagePlain = Math.max(1, plain(stats, root));
    List<Element> doomed = new ArrayList<>();
    for (Element e : root.getAllElements()) {
      if (e == root || e.nameIs("body") || e.nameIs("html")) {
        continue;
      }
      if (isHidden(e)) {
        doomed.add(e);
        continue;
      }
      ClassHints.Boilerplate named =
          isBoilerplateHeader(e) ? ClassHints.Boilerplate.STRONG : ClassHints.boilerplate(e);
      boolean dominant = holdsMostText(stats, e, pageParagraphs, pagePlain) && !isComments(e);
      if (named == ClassHints.Boilerplate.STRONG && !dominant
          || named == ClassHints.Boilerplate.WEAK && !dominant && looksLikeChrome(stats, e)) {
        doomed.add(e);
      }
    }
    // removing an ancestor first makes removing its descendants a harmless no-op
    for (Element e : doomed) {
      e.remove();
    }
  }

  private static boolean holdsMostText(TextStats stats, Element e, int paragraphs, int plain) {
    return stats.paragraphs(e) > KEEP_SHARE * paragraphs || plain(stats, e) > KEEP_SHARE * plain;
  }

  // Layout-named regions go only when their content agrees: mostly links, or a little text
  // that is not in paragraphs.
  private static boolean looksLikeChrome(TextStats stats, Element e) {
    return stats.linkDensity(e) >= WEAK_LINK_DENSITY
        || stats.paragraphs(e) == 0 && plain(stats, e) < WEAK_MIN_TEXT;
  }

  /** Text outside links: what readers read rather than click. */
  private static int plain(TextStats stats, Element e) {
    return stats.text(e) - stats.links(e);
  }

  private static void removeTagsAndComments(Element root) {
    List<Node> doomed = new ArrayList<>();
    NodeTraversor.traverse(
        (NodeVisitor)
            (node, depth) -> {
              if (node instanceof Comment
                  || node instanceof Element e && JUNK_TAGS.contains(e.normalName())) {
                doomed.add(node);
              }
            },
        root);
    for (Node n : doomed) {
      if (n.parent() != null) {
        n.remove();
      }
    }
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
      return true;
    }
    if (hasHiddenClass(e)) {
      return true;
    }
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
  }

  // Utility classes that hide an element; responsive variants ("hidden md:block") show it on
  // some screens, so any responsive token keeps it.
  private static boolean hasHiddenClass(Element e) {
    boolean hidden = false;
    for (String token : e.className().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (token.indexOf(':') >= 0) {
        return false;
      }
      hidden |=
          token.equals("hidden")
              || token.equals("d-none")
              || token.equals("invisible")
              || token.equals("is-hidden")
              || token.equals("hide");
    }
    return hidden;
  }

  // A page-level <header> (outside any article) is site chrome; an article's own header only
  // holds its title and byline, which the body text excludes as well.
  private static boolean isBoilerplateHeader(Element e) {
    return e.nameIs("header");
  }

  private static boolean isComments(Element e) {
    for (String token : ClassHints.names(e).split("\\s+")) {
      if ((token.contains("comment") || token.contains("disqus")) && !token.contains("-enabled")) {
        return true;
      }
    }
    return false;
  }
}
