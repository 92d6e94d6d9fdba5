package dev.newsframes.ingest.html;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The text of a record field that holds HTML markup (a CMS export's body with {@code <p>}, {@code
 * <figure>}, inline images): one paragraph per block element, as a browser shows it, without tags,
 * attributes, scripts or embedded images. Left as it is, the markup reaches language detection and
 * the annotator as words.
 */
public final class MarkupText {
  /** An opening, closing or self-closing tag: a letter right after {@code <} or {@code </}. */
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");

  private MarkupText() {}

  /** Whether {@code text} holds at least one HTML tag. */
  public static boolean looksLikeMarkup(String text) {
    return TAG.matcher(text).find();
  }

  /** The text of {@code html}, blocks separated by a blank line, entities decoded. */
  public static String toText(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select("script, style, noscript, template, iframe, svg, object, embed").remove();
    return MainTextExtractor.join(BlockRenderer.render(List.of(doc.body())));
  }
}
