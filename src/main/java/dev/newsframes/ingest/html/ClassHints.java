package dev.newsframes.ingest.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it: boilerplate, likely content, or nothing.
 *
 * <p>The word lists follow the conventions of page templates in general (in the spirit of
 * Readability's class weights), never one site's markup.
 */
final class ClassHints {
  /** How sure the names are that an element is boilerplate. */
  enum Boilerplate {
    NONE,
    /** Layout words ("sidebar", "widget") that templates also give to article parts. */
    WEAK,
    /** Words for regions that are never article text ("comments", "share", "related"). */
    STRONG
  }

  private static final Pattern STRONG =
      Pattern.compile(
          "(?:^|[^a-z])(?:comments?|commentary-form|disqus|share|sharing|sharebar|shares|social"
              + "|socials|cookies?|consent|gdpr|newsletters?|subscribe|subscription|signup|sign-up"
              + "|related|recommend(?:ed|ations?)?|recirc|outbrain|taboola|trending|most-?popular"
              + "|more-?stories|read-?more|readnext|read-next|breadcrumbs?|pagination|pager"
              + "|popup|modal|overlay|navbar|nav|navigation|menu"
              + "|footer|advert|advertisement|adverts|ads|ad|adslot|ad-slot|ad-container"
              + "|dfp|gpt|sponsor|sponsored|tag-list|taglist"
              + "|byline|bylines|author-bio|authorbio|author-info|about-author"
              + "|skip|skiplink|jump-link|reactions|visually-hidden|sr-only"
              + "|screen-reader-text|caption|credits?|timestamp|inline-related"
              + "|login|paywall-prompt|video-player|playlist|gallery-nav"
              + "|copyright|disclaimer|site-header|header-nav|cta|print-only|d-print-block"
              + "|visible-print)(?:[^a-z]|$)");

  private static final Pattern WEAK =
      Pattern.compile(
          "(?:^|[^a-z])(?:sidebar|side-bar|widget|widgets|masthead|promo|promotions?|banner"
              + "|toolbar|tags|topics|keywords|print|rating|meta|alert)(?:[^a-z]|$)");

  // State and modifier classes ("comments-enabled", "has-sidebar", "grid--is-narrow") describe
  // the page, not the element's role.
  private static final Pattern MODIFIER =
      Pattern.compile(
          "(?:is|has|with|no|js|show|hide)-.*|.*-(?:enabled|disabled|open|opened|active|visible"
              + "|loaded|on|off|true|false|count|\\d+)|.*--.*");

  private static final Pattern CONTENT =
      Pattern.compile(
          "(?:^|[^a-z])(?:article|articlebody|article-body|article-content|articletext"
              + "|body|content|entry|entry-content|main|post|post-content|story|story-body"
              + "|text|blog|hentry|h-entry|page|column|prose|rich-text|richtext)");

  private static final Pattern NEGATIVE_WEIGHT =
      Pattern.compile(
          "comment|combx|contact|footer|foot|masthead|media|meta|outbrain|promo|related"
              + "|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|banner"
              + "|social|caption|byline|author|newsletter|subscribe|recirc|teaser");

  private static final Pattern POSITIVE_WEIGHT =
      Pattern.compile("article|body|content|entry|main|post|text|blog|story|prose");

  private static final Pattern BOILERPLATE_ROLES =
      Pattern.compile(
          "navigation|menu|menubar|complementary|dialog|alert|alertdialog|banner|contentinfo"
              + "|search|toolbar|tablist|button");

  private ClassHints() {}

  /** The element's class and id in lower case, separated by a space. */
  static String names(Element e) {
    return (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
  }

  /** What the element's names or role say about it being a boilerplate region. */
  static Boilerplate boilerplate(Element e) {
    String role = e.attr("role").toLowerCase(Locale.ROOT);
    if (!role.isEmpty() && BOILERPLATE_ROLES.matcher(role).matches()) {
      return Boilerplate.STRONG;
    }
    Boilerplate found = Boilerplate.NONE;
    for (String token : names(e).split("\\s+")) {
      if (token.length() < 2 || MODIFIER.matcher(token).matches()) {
        continue;
      }
      if (STRONG.matcher(token).find()) {
        return Boilerplate.STRONG;
      }
      if (WEAK.matcher(token).find()) {
        found = Boilerplate.WEAK;
      }
    }
    return found;
  }

  /** Whether the element's names suggest article content. */
  static boolean isContentLike(Element e) {
    String names = names(e);
    return names.length() > 1 && CONTENT.matcher(names).find()
        || e.attr("itemprop").equalsIgnoreCase("articleBody")
        || e.tagName().equals("article")
        || e.tagName().equals("main");
  }

  /** A class weight for candidate scoring: +25 content-like, -25 boilerplate-like, or both. */
  static int weight(Element e) {
    int weight = 0;
    for (String part : new String[] {e.className(), e.id()}) {
      String s = part.toLowerCase(Locale.ROOT);
      if (s.isEmpty()) {
        continue;
      }
      if (NEGATIVE_WEIGHT.matcher(s).find()) {
        weight -= 25;
      }
      if (POSITIVE_WEIGHT.matcher(s).find()) {
        weight += 25;
      }
    }
    if (e.attr("itemprop").equalsIgnoreCase("articleBody")) {
      weight += 50;
    }
    return weight;
  }
}
