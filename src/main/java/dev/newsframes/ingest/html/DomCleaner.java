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
      } else if ((isBoilerplateHeader(e) || ClassHints.isBoilerplate(e))
          && !(holdsMostText(stats, e, pageParagraphs, pagePlain) && !isComments(e))) {
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
    String style = e.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style.toLowerCase(Locale.ROOT)).find();
  }

  // A page-level <header> (outside any article) is site chrome; an article's own header only
  // holds its title and byline, which the body text excludes as well.
  private static boolean isBoilerplateHeader(Element e) {
    return e.nameIs("header");
  }

  private static boolean isComments(Element e) {
    String names = ClassHints.names(e);
    return names.contains("comment") || names.contains("disqus");
  }
}
