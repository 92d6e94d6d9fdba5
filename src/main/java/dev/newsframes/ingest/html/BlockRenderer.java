package dev.newsframes.ingest.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Renders elements to text blocks the way a browser breaks lines: one block per block element. */
final class BlockRenderer implements NodeVisitor {
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "center",
          "dd",
          "details",
          "dialog",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
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
          "hgroup",
          "hr",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "td",
          "th",
          "ul",
          "caption",
          "body",
          "html");

  private final List<TextBlock> blocks = new ArrayList<>();
  private final Deque<String> blockTags = new ArrayDeque<>();
  private final StringBuilder text = new StringBuilder();
  private int linkDepth;
  private int preDepth;
  private int linkChars;

  private BlockRenderer() {}

  /** The text blocks of the given elements, in order. */
  static List<TextBlock> render(List<Element> roots) {
    BlockRenderer renderer = new BlockRenderer();
    for (Element root : roots) {
      NodeTraversor.traverse(renderer, root);
      renderer.flush();
    }
    return renderer.blocks;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      String s = t.getWholeText();
      // source line breaks are spaces outside <pre>; only <br> and blocks break lines
      text.append(preDepth > 0 ? s : s.replace('\n', ' ').replace('\r', ' '));
      if (linkDepth > 0) {
        linkChars += TextStats.nonWhitespace(s);
      }
    } else if (node instanceof Element e) {
      String tag = e.normalName();
      if (BLOCK_TAGS.contains(tag)) {
        flush();
        blockTags.push(tag);
      } else if (tag.equals("br")) {
        text.append('\n');
      } else if (tag.equals("a")) {
        linkDepth++;
      }
      if (tag.equals("pre")) {
        preDepth++;
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      String tag = e.normalName();
      if (BLOCK_TAGS.contains(tag)) {
        flush();
        blockTags.poll();
      } else if (tag.equals("a")) {
        linkDepth--;
      } else if (tag.equals("td") || tag.equals("th")) {
        text.append(' ');
      }
      if (tag.equals("pre")) {
        preDepth--;
      }
    }
  }

  private void flush() {
    String normalised = normalise(text);
    if (!normalised.isEmpty()) {
      blocks.add(new TextBlock(normalised, blockTags.isEmpty() ? "" : blockTags.peek(), linkChars));
    }
    text.setLength(0);
    linkChars = 0;
  }

  /** Collapses whitespace within lines and drops empty lines; line breaks from br are kept. */
  static String normalise(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n') {
        trimEnd(out);
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
          out.append('\n');
        }
        space = false;
      } else if (Character.isWhitespace(c) || c == '\u00a0' || Character.isISOControl(c)) {
        space = out.length() > 0 && out.charAt(out.length() - 1) != '\n';
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    trimEnd(out);
    return out.toString();
  }

  private static void trimEnd(StringBuilder out) {
    while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
      out.setLength(out.length() - 1);
    }
  }
}
