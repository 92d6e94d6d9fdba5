package dev.newsframes.ingest.dump;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The chrome rules of one site (or the rules for every site), compiled.
 *
 * @param name publisher name used as the source when a page has no URL but is {@linkplain #detect
 *     recognised} by its text
 * @param hosts registrable domains the rules apply to (subdomains included)
 * @param detect text that identifies the site's pages when no URL is known
 * @param articleMarker text every article page of the site has near its top (a share widget); when
 *     given and absent, the page is a listing or service page, not an article
 * @param headerEnd the body starts after the last of these in the page head, when the title cannot
 *     be found in the text
 * @param bylineEnd widgets that end a byline or separate its authors ("archive page")
 * @param footer the body ends at the earliest of these after its start
 * @param dropLead text removed when the body starts with it (photo credits under the byline)
 * @param drop text removed wherever it occurs in the body
 * @param dropSentences sentences removed when they contain a match
 * @param dropLines body lines (paragraphs) removed when they start with a literal entry or contain
 *     a match of a pattern entry
 */
public record SiteChrome(
    String name,
    List<String> hosts,
    List<Pattern> detect,
    List<Pattern> articleMarker,
    List<Pattern> headerEnd,
    List<Pattern> bylineEnd,
    List<Pattern> footer,
    List<Pattern> dropLead,
    List<Pattern> drop,
    List<Pattern> dropSentences,
    List<Pattern> dropLines)
    implements Serializable {

  public SiteChrome {
    hosts =
        hosts == null ? List.of() : hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
    detect = copy(detect);
    articleMarker = copy(articleMarker);
    headerEnd = copy(headerEnd);
    bylineEnd = copy(bylineEnd);
    footer = copy(footer);
    dropLead = copy(dropLead);
    drop = copy(drop);
    dropSentences = copy(dropSentences);
    dropLines = copy(dropLines);
  }

  /** No rules at all. */
  static SiteChrome none() {
    return new SiteChrome("", List.of(), null, null, null, null, null, null, null, null, null);
  }

  /** Whether these rules are for a page on {@code host}. */
  boolean coversHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return hosts.stream().anyMatch(d -> h.equals(d) || h.endsWith("." + d));
  }

  /** Whether the page text carries one of this site's signatures. */
  boolean recognises(String text) {
    return detect.stream().anyMatch(p -> p.matcher(text).find());
  }

  /** The rules of this site followed by {@code other}'s; the name is this site's. */
  SiteChrome plus(SiteChrome other) {
    return new SiteChrome(
        name,
        hosts,
        join(detect, other.detect),
        join(articleMarker, other.articleMarker),
        join(headerEnd, other.headerEnd),
        join(bylineEnd, other.bylineEnd),
        join(footer, other.footer),
        join(dropLead, other.dropLead),
        join(drop, other.drop),
        join(dropSentences, other.dropSentences),
        join(dropLines, other.dropLines));
  }

  private static List<Pattern> copy(List<Pattern> l) {
    return l == null ? List.of() : List.copyOf(l);
  }

  private static List<Pattern> join(List<Pattern> a, List<Pattern> b) {
    List<Pattern> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}
