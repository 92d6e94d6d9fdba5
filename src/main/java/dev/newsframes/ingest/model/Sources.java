package dev.newsframes.ingest.model;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** Names the source of an article from its URL when nothing better is known. */
public final class Sources {
  private Sources() {}

  /** The URL's host without a leading {@code www.}, e.g. {@code venturebeat.com}. */
  public static Optional<String> fromUrl(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      if (host == null || host.isBlank()) {
        return Optional.empty();
      }
      String h = host.toLowerCase(Locale.ROOT);
      return Optional.of(h.startsWith("www.") ? h.substring(4) : h);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
