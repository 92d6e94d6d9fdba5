package dev.newsframes.ingest.dump;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The publisher of a page, from its URL's host: the readable name from {@code
 * ingest/publishers.csv} when the site is listed ("VentureBeat", "MIT Technology Review"),
 * otherwise the registrable domain without {@code www.} ("example.co.uk").
 *
 * <p>The registrable domain is the last two host labels, or three under a country code with a
 * generic second level ({@code co.uk}, {@code com.au}). Hand-written because the Public Suffix
 * List's only carrier on the classpath (Guava) comes transitively from Spark; the rule is right for
 * news sites but not for private suffixes such as {@code github.io}.
 */
public final class Publishers {
  private static final String TABLE = "/ingest/publishers.csv";
  private static final Set<String> GENERIC_SECOND_LEVEL =
      Set.of("co", "com", "net", "org", "gov", "ac", "edu", "ne", "or", "go", "gob", "nic");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");
  private static final Map<String, String> NAMES = load();

  private Publishers() {}

  /** The publisher name for a URL, or empty when the URL has no host. */
  public static Optional<String> name(String url) {
    return host(url).map(h -> NAMES.getOrDefault(registrableDomain(h), registrableDomain(h)));
  }

  /** The lower-case host of an absolute URL, without user info and port. */
  public static Optional<String> host(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String s = url.strip();
    int scheme = s.indexOf("://");
    if (scheme < 0) {
      return Optional.empty();
    }
    String rest = s.substring(scheme + 3);
    int end = rest.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int i = rest.indexOf(c);
      if (i >= 0) {
        end = Math.min(end, i);
      }
    }
    String authority = rest.substring(0, end);
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = authority.lastIndexOf(':');
    String host = colon >= 0 ? authority.substring(0, colon) : authority;
    host = host.toLowerCase(Locale.ROOT);
    while (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    return host.isEmpty() ? Optional.empty() : Optional.of(host);
  }

  /** The registrable domain of a host; an IP address or single label is returned unchanged. */
  public static String registrableDomain(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (IPV4.matcher(h).matches()) {
      return h;
    }
    String[] labels = h.split("\\.");
    int n = labels.length;
    if (n <= 2) {
      return h;
    }
    boolean ccSecondLevel =
        labels[n - 1].length() == 2 && GENERIC_SECOND_LEVEL.contains(labels[n - 2]);
    int keep = ccSecondLevel ? 3 : 2;
    return String.join(".", Arrays.copyOfRange(labels, n - keep, n));
  }

  private static Map<String, String> load() {
    Map<String, String> m = new HashMap<>();
    try (InputStream in = Publishers.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + TABLE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String[] kv = line.split(",", 2);
        if (kv.length == 2 && !line.startsWith("#") && !kv[0].equals("domain")) {
          m.put(kv[0].strip().toLowerCase(Locale.ROOT), kv[1].strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TABLE, e);
    }
    return Map.copyOf(m);
  }
}
