package dev.newsframes.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the main text of an article page: paragraphs separated by blank lines.
 *
 * <p>Cleans boilerplate regions ({@link DomCleaner}), locates the article's elements ({@link
 * ContentLocator}), renders them to blocks and drops blocks that read like chrome: link lists, the
 * title, "Advertisement" and share prompts. Mutates the document it is given.
 */
final class MainTextExtractor {
  private static final Pattern CHROME_LINE =
      Pattern.compile(
          "(?i)(advertisement|advertising|advert|ad|sponsored( content)?|story continues below"
              + "( advertisement)?|continue reading( below| the main story)?|read more|read more:.*"
              + "|related( articles| stories| content| coverage)?:?.*|see also:?.*|share( this)?"
              + "( article| story| on \\w+)?|(sign up|subscribe)( now)?( for| to)? .*newsletter.*"
              + "|(follow|like) us on .*|click here.*|image( source| copyright)?:.*"
              + "|photo:.*|loading\\.*|skip (to|this) .*|scroll to continue.*|enlarge this image"
              + "|toggle caption|hide caption|watch:?.*|listen:?.*|this slideshow requires javascript"
              + "|comments?|\\d+ comments?|(leave|post|add) a comment|updated:? .*|published:? .*"
              + "|posted:? .*|by [\\p{L} .'-]+( and [\\p{L} .'-]+)?( [-|,].*)?)[.!:]?");

  private static final int CHROME_MAX_WORDS = 12;

  // Newsletter and subscription pitches run longer than a chrome line but say the same things.
  private static final Pattern PROMO =
      Pattern.compile(
          "(?i)((?=.*\\bnewsletters?\\b)(?=.*\\b(sign(ing)? ?up|subscribe|inbox|delivered|register)\\b)"
              + "|(subscribe|sign up|signup)\\b).*");

  private static final int PROMO_MAX_WORDS = 45;

  private MainTextExtractor() {}

  /**
   * The main text of {@code doc}, or an empty string when the page has none.
   *
   * @param structuredBody the page's JSON-LD articleBody, a check on the located text
   */
  static String extract(Document doc, Optional<String> structuredBody) {
    Element body = doc.body();
    if (body == null) {
      return "";
    }
    DomCleaner.clean(body);
    TextStats stats = TextStats.of(body);
    List<Element> content = ContentLocator.locate(body, stats);
    String located = join(keep(BlockRenderer.render(content)));
    return StructuredBodyRescue.apply(located, body, structuredBody);
  }

  static List<TextBlock> keep(List<TextBlock> blocks) {
    List<TextBlock> kept = new ArrayList<>();
    for (TextBlock block : blocks) {
      if (isChrome(block)) {
        continue;
      }
      kept.add(block);
    }
    return kept;
  }

  private static boolean isChrome(TextBlock block) {
    if (block.tag().equals("h1")) {
      return true;
    }
    int words = block.words();
    if (block.linkDensity() > 0.5 && words < 60) {
      return true;
    }
    if (words <= PROMO_MAX_WORDS && PROMO.matcher(block.text()).matches()) {
      return true;
    }
    return words <= CHROME_MAX_WORDS
        && CHROME_LINE.matcher(block.text().strip().toLowerCase(Locale.ROOT)).matches();
  }

  static String join(List<TextBlock> blocks) {
    StringBuilder out = new StringBuilder();
    for (TextBlock block : blocks) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(block.text());
    }
    return out.toString();
  }
}
