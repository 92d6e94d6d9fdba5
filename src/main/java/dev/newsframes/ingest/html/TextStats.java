package dev.newsframes.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text, link-text and paragraph-text sizes of every element under a root, computed in one pass.
 *
 * <p>Sizes count non-whitespace characters, so markup indentation never weighs. The pass is
 * iterative (jsoup's traversor), so deeply nested garbage cannot overflow the stack.
 */
final class TextStats {
  static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "blockquote");

  private final Map<Element, int[]> stats = new IdentityHashMap<>();

  private TextStats() {}

  /** Computes sizes for {@code root} and everything below it. */
  static TextStats of(Element root) {
    TextStats result = new TextStats();
    NodeTraversor.traverse(result.visitor(), root);
    return result;
  }

  private NodeVisitor visitor() {
    return new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {}

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof TextNode t && node.parent() instanceof Element parent) {
          counts(parent)[0] += nonWhitespace(t.getWholeText());
        } else if (node instanceof Element e) {
          int[] s = counts(e);
          if (e.nameIs("a")) {
            s[1] = s[0];
          }
          if (PARAGRAPH_TAGS.contains(e.normalName())) {
            s[2] = s[0];
          }
          if (e.parent() != null) {
            int[] p = counts(e.parent());
            p[0] += s[0];
            p[1] += s[1];
            p[2] += s[2];
          }
        }
      }
    };
  }

  private int[] counts(Element e) {
    return stats.computeIfAbsent(e, k -> new int[3]);
  }

  /** Non-whitespace characters of text under the element. */
  int text(Element e) {
    int[] s = stats.get(e);
    return s == null ? 0 : s[0];
  }

  /** Non-whitespace characters of text inside links under the element. */
  int links(Element e) {
    int[] s = stats.get(e);
    return s == null ? 0 : s[1];
  }

  /** Non-whitespace characters of text inside paragraphs under the element. */
  int paragraphs(Element e) {
    int[] s = stats.get(e);
    return s == null ? 0 : s[2];
  }

  /** Share of the element's text that is link text, 0 for an element without text. */
  double linkDensity(Element e) {
    int text = text(e);
    return text == 0 ? 0 : Math.min(1.0, (double) links(e) / text);
  }

  static int nonWhitespace(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00a0') {
        n++;
      }
    }
    return n;
  }
}
