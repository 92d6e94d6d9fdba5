package dev.newsframes.report;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides which scraped URLs may become links: absolute {@code http} and {@code https} URLs with a
 * host, nothing else ({@code javascript:}, {@code data:}, relative and protocol-relative URLs stay
 * text).
 *
 * <p>Hand-written over {@link URI} because the check is one scheme comparison: an allow-list of
 * schemes on the parsed URI, never a pattern over the raw string, so whitespace, control characters
 * and mixed case cannot smuggle another scheme through.
 */
public final class SafeUrl {
  private SafeUrl() {}

  /** The URL as a link target when it is an absolute http(s) URL with a host. */
  public static Optional<String> link(String url) {
    if (url == null || url.isEmpty() || url.length() > 2048 || !url.equals(url.strip())) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme();
      boolean web =
          scheme != null
              && (scheme.toLowerCase(Locale.ROOT).equals("http")
                  || scheme.toLowerCase(Locale.ROOT).equals("https"));
      return web && uri.getHost() != null ? Optional.of(uri.toASCIIString()) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
