package dev.newsframes.ingest.dump;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Page titles without the site name that HTML {@code <title>}s append. */
public final class Titles {
  private static final Pattern PIPE_SUFFIX = Pattern.compile("^(.+?)\\s+\\|\\s+([^|]+)$");
  private static final Pattern DASH_SUFFIX = Pattern.compile("^(.+)\\s+(?:[-–—·]|::)\\s+(.+)$");
  private static final int MAX_PIPE_SUFFIX_WORDS = 6;

  private Titles() {}

  /**
   * The title without a trailing site name: any short part after the last {@code " | "}, and a part
   * after {@code " - "}, {@code " – "}, {@code " — "}, {@code " · "} or {@code " :: "} that names
   * the publisher or the URL's domain ("... - The Verge", "... - Deep Learning Indaba 2022"). A
   * dash that separates real title parts is kept.
   */
  public static String withoutSiteSuffix(
      String title, Optional<String> publisher, Optional<String> host) {
    String t = title.strip().replaceAll("\\s+", " ");
    Matcher pipe = PIPE_SUFFIX.matcher(t);
    if (pipe.matches() && words(pipe.group(2)) <= MAX_PIPE_SUFFIX_WORDS) {
      return pipe.group(1).strip();
    }
    Matcher dash = DASH_SUFFIX.matcher(t);
    if (dash.matches() && namesSite(dash.group(2), publisher, host)) {
      return dash.group(1).strip();
    }
    return t;
  }

  private static boolean namesSite(
      String suffix, Optional<String> publisher, Optional<String> host) {
    String s = fold(suffix);
    if (s.isEmpty()) {
      return false;
    }
    boolean byName =
        publisher.map(Titles::fold).filter(p -> !p.isEmpty()).map(s::contains).orElse(false);
    boolean byDomain =
        host.map(Publishers::registrableDomain)
            .map(d -> fold(d.substring(0, d.indexOf('.') < 0 ? d.length() : d.indexOf('.'))))
            .filter(label -> label.length() >= 3)
            .map(s::contains)
            .orElse(false);
    return byName || byDomain;
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
  }

  private static int words(String s) {
    return s.strip().split("\\s+").length;
  }
}
