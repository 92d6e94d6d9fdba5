package dev.newsframes.ingest.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the elements that hold an article's text in a cleaned page body.
 *
 * <p>Scores paragraphs by length and commas and passes the scores up to their ancestors, as
 * Readability does; the best-scoring ancestor (discounted by its link density and weighted by class
 * hints) is the article, widened to its parent when the parent holds clearly more paragraph text,
 * and joined by siblings that score well. Returns the elements in page order.
 */
final class ContentLocator {
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "dd",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hr",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "table",
          "ul",
          "tr",
          "td",
          "th",
          "tbody");

  private static final Set<String> CONTAINER_TAGS =
      Set.of("div", "section", "article", "main", "td", "center", "font", "form", "body");

  private static final int MIN_PARAGRAPH = 25;
  private static final int MAX_IDLE_LEVELS = 3;

  private final TextStats stats;
  private final Map<Element, Double> scores = new IdentityHashMap<>();

  private ContentLocator(TextStats stats) {
    this.stats = stats;
  }

  /** The article's elements under {@code body}, in page order; {@code body} itself at worst. */
  static List<Element> locate(Element body, TextStats stats) {
    ContentLocator locator = new ContentLocator(stats);
    locator.scoreParagraphs(body);
    Element top = locator.best();
    if (top == null) {
      return List.of(body);
    }
    top = locator.widen(top, body);
    return locator.withSiblings(top);
  }

  private void scoreParagraphs(Element body) {
    for (Element e : body.getAllElements()) {
      if (isParagraph(e)) {
        addScore(e.parent(), e.text());
      } else if (CONTAINER_TAGS.contains(e.normalName())) {
        // text written straight into a container beside its blocks is a paragraph of that
        // container, as if wrapped in <p> (Readability does the same)
        addScore(e, looseText(e));
      }
    }
    // the tag and class prior counts once per candidate, then link-heavy candidates lose
    scores.replaceAll((e, s) -> (s + initialScore(e)) * (1 - stats.linkDensity(e)));
  }

  private void addScore(Element first, String text) {
    if (text.length() < MIN_PARAGRAPH) {
      return;
    }
    double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
    Element ancestor = first;
    for (int level = 0; ancestor != null && level < 5; level++) {
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      scores.merge(ancestor, score / divider, Double::sum);
      ancestor = ancestor.parent();
    }
  }

  private static String looseText(Element e) {
    StringBuilder text = new StringBuilder();
    boolean hasBlocks = false;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        text.append(t.text());
      } else if (child instanceof Element c) {
        if (BLOCK_TAGS.contains(c.normalName())) {
          hasBlocks = true;
        } else {
          text.append(' ').append(c.text());
        }
      }
    }
    return hasBlocks ? text.toString().strip() : "";
  }

  private boolean isParagraph(Element e) {
    String tag = e.normalName();
    if (tag.equals("p") || tag.equals("pre") || tag.equals("td")) {
      return true;
    }
    if (!(tag.equals("div") || tag.equals("section") || tag.equals("article"))) {
      return false;
    }
    for (Element child : e.children()) {
      if (BLOCK_TAGS.contains(child.normalName())) {
        return false;
      }
    }
    return true;
  }

  private static double initialScore(Element e) {
    double base =
        switch (e.normalName()) {
          case "div", "article", "main" -> 5;
          case "section", "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return base + ClassHints.weight(e);
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }

  private Element best() {
    Element top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      if (entry.getValue() > topScore) {
        topScore = entry.getValue();
        top = entry.getKey();
      }
    }
    return top;
  }

  // An ancestor that holds much more paragraph text than the winner is the real article wrapper:
  // the winner was one of several chunks split by ads or inline widgets. Wrappers may nest a few
  // levels deep around each chunk, so a few levels without gain are crossed.
  private Element widen(Element top, Element body) {
    boolean byParagraphs = stats.paragraphs(top) >= 0.5 * stats.text(top);
    Element best = top;
    Element current = top;
    for (int idle = 0; idle < MAX_IDLE_LEVELS && current.parent() != null; idle++) {
      Element parent = current.parent();
      if (parent == body || parent.nameIs("body") || parent.nameIs("html")) {
        break;
      }
      current = parent;
      boolean onlyChild = current.childrenSize() == 1;
      if (onlyChild && idle == 0 && best == current.child(0)
          || measure(current, byParagraphs) >= 1.5 * (measure(best, byParagraphs) + 1)
              && stats.linkDensity(current) < 0.35) {
        best = current;
        idle = -1;
      }
    }
    return best;
  }

  private int measure(Element e, boolean byParagraphs) {
    return byParagraphs ? stats.paragraphs(e) : stats.text(e) - stats.links(e);
  }

  private List<Element> withSiblings(Element top) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double topScore = scores.getOrDefault(top, 0.0);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> result = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        result.add(sibling);
        continue;
      }
      double bonus =
          !top.className().isEmpty() && top.className().equals(sibling.className())
              ? topScore * 0.2
              : 0;
      Double score = scores.get(sibling);
      if (score != null && score + bonus >= threshold) {
        result.add(sibling);
      } else if ((sibling.nameIs("p") || isParagraph(sibling)) && goodLooseParagraph(sibling)) {
        result.add(sibling);
      }
    }
    return result;
  }

  private boolean goodLooseParagraph(Element p) {
    int length = stats.text(p);
    double density = stats.linkDensity(p);
    if (length > 80) {
      return density < 0.25;
    }
    return length > 0 && density == 0 && p.text().matches(".*\\.( |$).*");
  }
}
