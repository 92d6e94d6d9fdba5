package dev.newsframes.ingest.dump;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Site chrome rules for page dumps, read from YAML (default: {@code ingest/dump-chrome.yaml} on the
 * classpath). See that file for the format; users add sites by passing their own file.
 *
 * <p>An entry is literal, case-sensitive text unless written {@code /like this/}, which is a Java
 * regular expression compiled with {@link Pattern#MULTILINE}.
 */
public record ChromeRules(SiteChrome global, List<SiteChrome> sites) implements Serializable {
  private static final String DEFAULT = "/ingest/dump-chrome.yaml";

  public ChromeRules {
    sites = List.copyOf(sites);
  }

  /** The rules shipped with newsframes. */
  public static ChromeRules defaults() {
    try (InputStream in = ChromeRules.class.getResourceAsStream(DEFAULT)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + DEFAULT);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), DEFAULT);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + DEFAULT, e);
    }
  }

  /**
   * Rules from a YAML file.
   *
   * @throws IllegalArgumentException saying which file and entry is wrong; meant to fail a run
   *     before any input is read
   */
  public static ChromeRules load(Path yaml) {
    try {
      return parse(Files.readString(yaml, StandardCharsets.UTF_8), yaml.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException("Cannot read chrome rules " + yaml + ": " + e, e);
    }
  }

  /** Rules from YAML text; {@code origin} names the text in error messages. */
  public static ChromeRules parse(String yaml, String origin) {
    Spec spec;
    try {
      ObjectMapper mapper =
          new ObjectMapper(new YAMLFactory())
              .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
      spec = mapper.readValue(yaml, Spec.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Bad chrome rules in " + origin + ": " + e.getOriginalMessage(), e);
    }
    if (spec == null) {
      throw new IllegalArgumentException("Bad chrome rules in " + origin + ": file is empty");
    }
    SiteChrome global = spec.global == null ? SiteChrome.none() : spec.global.compile(origin);
    List<SiteChrome> sites = new ArrayList<>();
    for (SiteSpec s : spec.sites == null ? List.<SiteSpec>of() : spec.sites) {
      sites.add(s.compile(origin));
    }
    return new ChromeRules(global, sites);
  }

  /**
   * The site rules for a page: by its URL host when known, else by a text signature; empty when no
   * site matches.
   */
  public Optional<SiteChrome> site(Optional<String> host, String text) {
    if (host.isPresent()) {
      return sites.stream().filter(s -> s.coversHost(host.get())).findFirst();
    }
    return sites.stream().filter(s -> s.recognises(text)).findFirst();
  }

  /** The site's rules followed by the global ones, or only the global ones. */
  public SiteChrome forPage(Optional<SiteChrome> site) {
    return site.map(s -> s.plus(global)).orElse(global);
  }

  private record Spec(
      @JsonProperty("global") SiteSpec global, @JsonProperty("sites") List<SiteSpec> sites) {}

  private record SiteSpec(
      @JsonProperty("name") String name,
      @JsonProperty("hosts") List<String> hosts,
      @JsonProperty("detect") List<String> detect,
      @JsonProperty("article-marker") List<String> articleMarker,
      @JsonProperty("header-end") List<String> headerEnd,
      @JsonProperty("byline-end") List<String> bylineEnd,
      @JsonProperty("footer") List<String> footer,
      @JsonProperty("drop-lead") List<String> dropLead,
      @JsonProperty("drop") List<String> drop,
      @JsonProperty("drop-sentences") List<String> dropSentences,
      @JsonProperty("drop-lines") List<String> dropLines) {

    SiteChrome compile(String origin) {
      String where = origin + (name == null ? " (global)" : " site " + name);
      return new SiteChrome(
          name == null ? "" : name,
          hosts,
          patterns(detect, where, "detect", false),
          patterns(articleMarker, where, "article-marker", false),
          patterns(headerEnd, where, "header-end", false),
          patterns(bylineEnd, where, "byline-end", false),
          patterns(footer, where, "footer", false),
          patterns(dropLead, where, "drop-lead", false),
          patterns(drop, where, "drop", false),
          patterns(dropSentences, where, "drop-sentences", false),
          patterns(dropLines, where, "drop-lines", true));
    }
  }

  private static List<Pattern> patterns(
      List<String> entries, String where, String key, boolean lineStart) {
    List<Pattern> out = new ArrayList<>();
    for (String e : entries == null ? List.<String>of() : entries) {
      if (e == null || e.isEmpty()) {
        throw new IllegalArgumentException("Empty entry in " + key + " of " + where);
      }
      out.add(compile(e, where, key, lineStart));
    }
    return out;
  }

  private static Pattern compile(String entry, String where, String key, boolean lineStart) {
    if (entry.length() > 2 && entry.startsWith("/") && entry.endsWith("/")) {
      try {
        return Pattern.compile(entry.substring(1, entry.length() - 1), Pattern.MULTILINE);
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "Bad pattern in " + key + " of " + where + ": " + e.getMessage(), e);
      }
    }
    // a literal line entry is matched with lookingAt (see BodyLines), so it needs no anchor
    return lineStart
        ? Pattern.compile(entry, Pattern.LITERAL)
        : Pattern.compile(Pattern.quote(entry));
  }
}
