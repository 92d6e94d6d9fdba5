package dev.newsframes.ingest.dump;

import dev.newsframes.ingest.dates.BylineDates;
import dev.newsframes.ingest.dates.PublishedDates;
import dev.newsframes.ingest.manifest.ManifestEntry;
import dev.newsframes.ingest.model.Article;
import dev.newsframes.ingest.model.Reject;
import dev.newsframes.ingest.model.RejectReason;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a plain-text dump of a news page (menus, title, byline, paragraphs one per line, share
 * widgets, footers), with optional sidecar metadata from a manifest, into one {@link Article}.
 *
 * <p>The body starts after the title, dek and byline and ends at the site's first footer marker;
 * {@link ChromeRules} then remove in-body widgets and promos, and generic heuristics drop menu-like
 * lines, leaked script code and repeated paragraphs. Paragraphs are separated by a blank line. The
 * title comes from the text (located through the manifest title or URL slug) or the manifest; the
 * source is the {@linkplain Publishers publisher of the URL}; the date is chosen by {@link
 * PublishedDates}.
 *
 * <p>Never throws: a page with no text left after cleaning, or one that breaks the parser, gives a
 * {@link Reject}. Thread-safe and serializable, so one instance can serve a whole job.
 */
public final class LineDumpParser implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The value of the {@code parser} column for articles from this parser. */
  public static final String PARSER = "page-dump/lines";

  /** How far before the title and after the body start a written date is looked for. */
  private static final int DATE_REACH = 300;

  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF]");
  private static final Pattern ODD_SPACE = Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\t]");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n]]");

  private final ChromeRules rules;

  public LineDumpParser(ChromeRules rules) {
    this.rules = rules;
  }

  /** A parser with the rules shipped in {@code ingest/dump-chrome.yaml}. */
  public static LineDumpParser withDefaultRules() {
    return new LineDumpParser(ChromeRules.defaults());
  }

  /**
   * Parses one page.
   *
   * @param text the page text, already decoded
   * @param entry the page's manifest entry, if the manifest has one
   * @param inputFile the input as given to ingest; stored with the article and in rejects
   */
  public LineDumpResult parse(String text, Optional<ManifestEntry> entry, String inputFile) {
    try {
      return parsePage(text == null ? "" : text, entry, inputFile);
    } catch (RuntimeException | StackOverflowError e) {
      // a parser bug or a pathological page must not stop the job; the reject keeps the evidence
      return LineDumpResult.of(
          new Reject(
              inputFile,
              0,
              RejectReason.MALFORMED_RECORD,
              "Cannot parse page dump " + inputFile + ": " + e,
              text));
    }
  }

  private LineDumpResult parsePage(String raw, Optional<ManifestEntry> entry, String inputFile) {
    String text = normalise(raw);
    Optional<String> url = entry.flatMap(ManifestEntry::url);
    Optional<SiteChrome> site = rules.site(url.flatMap(Publishers::host), text);
    SiteChrome chrome = rules.forPage(site);
    Optional<String> source =
        url.flatMap(Publishers::name)
            .or(() -> site.map(SiteChrome::name).filter(n -> !n.isBlank()));
    PageHead head = PageHead.locate(text, entry.flatMap(ManifestEntry::title), url, source, chrome);
    Optional<String> notArticle = site.flatMap(s -> whyNotAnArticle(text, head, s));
    if (notArticle.isPresent()) {
      return LineDumpResult.of(notAnArticle(inputFile, raw, notArticle.get()));
    }
    int bodyEnd = bodyEnd(text, head.bodyStart(), site);
    String body = cleanBody(text.substring(head.bodyStart(), bodyEnd), chrome);
    if (body.isBlank()) {
      return LineDumpResult.of(noText(inputFile, raw, head));
    }
    Optional<BylineDates.Found> written =
        BylineDates.find(
            text, head.titleStart() - DATE_REACH, Math.min(bodyEnd, head.bodyStart() + DATE_REACH));
    Article.Builder a =
        Article.builder(inputFile, PARSER)
            .url(url.orElse(null))
            .source(source.orElse(null))
            .title(head.title())
            .summary(head.summary())
            .authors(head.authors())
            .body(body);
    PublishedDates.choose(entry.flatMap(ManifestEntry::published), url, written)
        .ifPresent(a::published);
    entry.flatMap(ManifestEntry::crawlTime).ifPresent(a::crawlTime);
    return LineDumpResult.of(a.build());
  }

  /**
   * Where the body ends: the site's first footer marker, or a generic one in the page's second
   * half.
   */
  private int bodyEnd(String text, int bodyStart, Optional<SiteChrome> site) {
    int end = text.length();
    List<Pattern> siteFooter = site.map(SiteChrome::footer).orElse(List.of());
    end = Regions.earliestStart(siteFooter, text, bodyStart, end).orElse(end);
    int half = Math.max(bodyStart, text.length() / 2);
    end = Regions.earliestStart(rules.global().footer(), text, half, end).orElse(end);
    return Math.max(bodyStart, end);
  }

  private static String cleanBody(String region, SiteChrome chrome) {
    String s = withoutLead(region.strip(), chrome.dropLead());
    for (Pattern p : chrome.drop()) {
      s = p.matcher(s).replaceAll(" ");
    }
    return String.join("\n\n", BodyLines.clean(s, chrome.dropSentences(), chrome.dropLines()));
  }

  /** The text without credits at its start; each pattern is tried again after any removal. */
  private static String withoutLead(String text, List<Pattern> lead) {
    String s = text;
    boolean removed = true;
    while (removed) {
      removed = false;
      for (Pattern p : lead) {
        Matcher m = p.matcher(s);
        if (m.lookingAt() && m.end() > 0) {
          s = s.substring(m.end()).strip();
          removed = true;
        }
      }
    }
    return s;
  }

  /**
   * Why a page of a known site is not an article: it lacks the site's article marker, or neither
   * its title nor the site's header end could be found.
   */
  private static Optional<String> whyNotAnArticle(String text, PageHead head, SiteChrome site) {
    boolean marked =
        site.articleMarker().isEmpty()
            || Regions.earliestStart(site.articleMarker(), text, 0, PageHead.TITLE_SEARCH_CHARS)
                .isPresent();
    if (!marked) {
      return Optional.of("it lacks the article header of " + site.name());
    }
    if (!head.anchored() && !site.headerEnd().isEmpty()) {
      return Optional.of(
          "neither the title \""
              + head.title()
              + "\" nor the article header of "
              + site.name()
              + " is in the text");
    }
    return Optional.empty();
  }

  private static Reject notAnArticle(String inputFile, String raw, String why) {
    String message =
        "No article in page dump " + inputFile + ": " + why + " (a listing or service page?)";
    return new Reject(inputFile, 0, RejectReason.NO_TEXT, message, raw);
  }

  private static Reject noText(String inputFile, String raw, PageHead head) {
    String message =
        raw.isBlank()
            ? "Page dump " + inputFile + " has no text"
            : "No article text left in page dump "
                + inputFile
                + " after removing site chrome ("
                + raw.length()
                + " characters in"
                + (head.title().isEmpty() ? "" : ", title \"" + head.title() + "\"")
                + ")";
    return new Reject(inputFile, 0, RejectReason.NO_TEXT, message, raw);
  }

  /** Unix line ends, plain spaces, no invisible or control characters. */
  static String normalise(String raw) {
    String s = raw.replace("\r\n", "\n").replace('\r', '\n');
    s = INVISIBLE.matcher(s).replaceAll("");
    s = ODD_SPACE.matcher(s).replaceAll(" ");
    return CONTROL.matcher(s).replaceAll(" ");
  }
}
