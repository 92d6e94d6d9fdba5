package dev.newsframes.ingest.dump;

import dev.newsframes.ingest.dates.UrlDates;
import dev.newsframes.ingest.dump.Bylines.Byline;
import dev.newsframes.ingest.dump.TitleLocator.Span;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The head of a dumped page: its title, the dek under it, the byline, and where the body starts.
 *
 * @param titleStart where the title (or, when it was not found, the body) starts in the text
 * @param bodyStart first character after title, dek and byline
 * @param anchored whether the title or a site header end was found, i.e. the page looks like an
 *     article page rather than a listing
 */
record PageHead(
    String title,
    String summary,
    List<String> authors,
    int titleStart,
    int bodyStart,
    boolean anchored) {
  /** How far into a page its title is looked for; menus in front of it can be long. */
  static final int TITLE_SEARCH_CHARS = 8000;

  /** How far after the title a byline may start. */
  private static final int BYLINE_REACH = 700;

  private static final int MAX_DEK_WORDS = 80;
  private static final int MAX_CREDIT_WORDS = 8;
  private static final int MAX_HEADLINE_WORDS = 25;
  private static final Pattern SLUG =
      Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:-[\\p{L}\\p{N}]+){2,}");
  private static final Pattern DEK_LEAD = Pattern.compile("^[\\s/|:.?!–—-]+");

  /** Finds the head of {@code text}; the title falls back to the manifest's, then to "". */
  static PageHead locate(
      String text,
      Optional<String> manifestTitle,
      Optional<String> url,
      Optional<String> publisher,
      SiteChrome chrome) {
    Optional<String> host = url.flatMap(Publishers::host);
    Optional<String> wanted = manifestTitle.map(t -> Titles.withoutSiteSuffix(t, publisher, host));
    Optional<Span> span = titleSpan(text, wanted, url, chrome);
    Optional<Integer> anchor =
        span.map(Span::end)
            .or(() -> Regions.lastEnd(chrome.headerEnd(), text, 0, TITLE_SEARCH_CHARS));
    int headEnd = anchor.orElse(0);
    // a byline away from the title is trusted only when it ends in a site's byline widget
    Optional<Byline> byline =
        Bylines.find(text, headEnd, headEnd + BYLINE_REACH, chrome.bylineEnd())
            .filter(b -> b.endsAtMarker() || dek(text, headEnd, b.start()).isPresent());
    Optional<String> summary =
        byline
            .filter(b -> span.isPresent())
            .flatMap(b -> dek(text, headEnd, b.start()))
            .map(d -> clean(d, chrome));
    return new PageHead(
        title(text, wanted, span),
        summary.orElse(""),
        byline.map(Byline::authors).orElse(List.of()),
        span.map(Span::start).orElse(headEnd),
        byline.map(Byline::end).orElse(headEnd),
        anchor.isPresent());
  }

  /**
   * Where the title is printed: found through the manifest title, else the URL slug; on a site
   * without rules and with neither, the first line when it reads like a headline.
   */
  private static Optional<Span> titleSpan(
      String text, Optional<String> wanted, Optional<String> url, SiteChrome chrome) {
    Optional<Span> span = wanted.flatMap(t -> TitleLocator.find(text, t, TITLE_SEARCH_CHARS));
    if (span.isEmpty()) {
      span =
          url.flatMap(PageHead::slugWords)
              .flatMap(s -> TitleLocator.find(text, s, TITLE_SEARCH_CHARS));
    }
    if (span.isEmpty() && wanted.isEmpty() && chrome.headerEnd().isEmpty()) {
      span = headlineFirstLine(text);
    }
    return span;
  }

  /** The first line if it has 3-25 words and does not end like a sentence. */
  private static Optional<Span> headlineFirstLine(String text) {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = text.indexOf('\n', start);
    end = end < 0 ? text.length() : end;
    String line = text.substring(start, end).strip();
    int words = line.isEmpty() ? 0 : line.split("\\s+").length;
    boolean headline = words >= 3 && words <= MAX_HEADLINE_WORDS && !line.endsWith(".");
    return headline ? Optional.of(new Span(start, start + line.length())) : Optional.empty();
  }

  private static String title(String text, Optional<String> wanted, Optional<Span> span) {
    Optional<String> inText =
        span.map(s -> BodyLines.tidy(text.substring(s.start(), s.end()).replace('\n', ' ')));
    if (wanted.isPresent()) {
      boolean whole = span.isPresent() && TitleLocator.isWhole(text, span.get(), wanted.get());
      return whole ? inText.get() : wanted.get();
    }
    return inText.orElse("");
  }

  /**
   * The text between title and byline when it is short enough to be a dek (standfirst). It may be
   * followed, on the byline's line, by a short photo credit ("Ariel Davis by Rachel Nuwer"), which
   * is left out.
   */
  private static Optional<String> dek(String text, int from, int to) {
    String gap =
        DEK_LEAD.matcher(text.substring(from, Math.max(from, to)).strip()).replaceFirst("");
    int newline = gap.indexOf('\n');
    if (newline >= 0) {
      String tail = gap.substring(newline + 1).strip();
      if (tail.indexOf('\n') >= 0 || !isCredit(tail)) {
        return Optional.empty();
      }
      gap = gap.substring(0, newline);
    }
    String d = BodyLines.tidy(gap);
    int words = d.isEmpty() ? 0 : d.split(" ").length;
    return words <= MAX_DEK_WORDS ? Optional.of(d) : Optional.empty();
  }

  /** A dek without share widgets and promos that sit between title and byline. */
  private static String clean(String dek, SiteChrome chrome) {
    String s = dek;
    for (Pattern p : chrome.drop()) {
      s = p.matcher(s).replaceAll(" ");
    }
    return BodyLines.tidy(BodyLines.withoutSentences(BodyLines.tidy(s), chrome.dropSentences()));
  }

  private static boolean isCredit(String s) {
    return s.split(" ").length <= MAX_CREDIT_WORDS && !s.matches(".*[.!?]$");
  }

  /** The words of the first article slug in a URL's path, e.g. "amd ceo epyc 2 chips". */
  static Optional<String> slugWords(String url) {
    for (String seg : UrlDates.path(url).split("/")) {
      if (SLUG.matcher(seg).matches()) {
        return Optional.of(seg.replace('-', ' '));
      }
    }
    return Optional.empty();
  }
}
