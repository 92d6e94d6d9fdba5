package dev.newsframes.ingest.dump;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.manifest.Manifest;
import dev.newsframes.ingest.manifest.ManifestColumns;
import dev.newsframes.ingest.manifest.ManifestEntry;
import dev.newsframes.ingest.manifest.ManifestReader;
import dev.newsframes.ingest.model.Article;
import dev.newsframes.ingest.model.ResolvedDate;
import dev.newsframes.ingest.model.TextFingerprint;
import dev.newsframes.testing.Corpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures the line-dump parser on every page of {@code pages/ai-tech}: dates by source and
 * precision, short bodies, and known chrome left in bodies; writes a random sample of parsed pages
 * to read by hand.
 *
 * <p>Off by default; run with {@code mvn -o -q test -Dtest=LineDumpCorpusReportTest
 * -Dnewsframes.report=true} (and {@code -Dnewsframes.report.seed=N} for another random sample).
 * Output: {@code target/dump-report/} (report.txt, sample/, all.txt).
 */
@EnabledIfSystemProperty(named = "newsframes.report", matches = "true")
class LineDumpCorpusReportTest {
  static final List<String> CHROME =
      List.of(
          "Share on Facebook",
          "Share this story",
          "All rights reserved",
          "All Rights Reserved",
          "View All AI, ML and Deep Learning",
          "Featured Topics Newsletters",
          "archive page",
          "linkedinlink",
          "Save this story",
          "Sign up",
          "newsletter",
          "Newsletter",
          "Privacy Policy",
          "Privacy policy",
          "Terms of Service",
          "©",
          "Are you ready to bring more awareness",
          "Are you looking to showcase your brand",
          "VB Event",
          "AI Impact Tour",
          "Above:",
          "Image Credit",
          "Related Story",
          "Learn more.",
          "Discover our Briefings",
          "Follow us on");

  @Test
  void measureWholeCorpus() throws IOException {
    Path dir = Corpora.require("pages/ai-tech");
    Manifest manifest =
        ManifestReader.read(dir.resolve("manifest.csv"), ManifestColumns.defaults());
    LineDumpParser parser = LineDumpParser.withDefaultRules();
    Path out = Path.of("target/dump-report");
    clear(out.resolve("sample"));
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, Integer> chrome = new TreeMap<>();
    List<Article> articles = new ArrayList<>();
    long start = System.nanoTime();
    for (ManifestEntry e : manifest.entries()) {
      Path file = dir.resolve(e.file());
      String text = Files.readString(file, StandardCharsets.UTF_8);
      LineDumpResult r = parser.parse(text, Optional.of(e), file.toString());
      if (r.reject().isPresent()) {
        inc(counts, "reject " + r.reject().get().reason().code());
        continue;
      }
      Article a = r.article().get();
      articles.add(a);
      tally(a, counts);
      for (String c : CHROME) {
        if (a.body().contains(c)) {
          inc(chrome, c);
        }
      }
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    StringBuilder report = new StringBuilder();
    report.append("pages in manifest: ").append(manifest.size()).append('\n');
    report.append("manifest problems: ").append(manifest.problems().size()).append('\n');
    report.append("parse time ms: ").append(ms).append('\n');
    int dayOrFiner = counts.getOrDefault("date day-or-finer true", 0);
    report.append(
        String.format(
            Locale.ROOT,
            "day-or-finer publication date: %d = %.1f%% of %d articles, %.1f%% of %d pages%n",
            dayOrFiner,
            100.0 * dayOrFiner / Math.max(1, articles.size()),
            articles.size(),
            100.0 * dayOrFiner / Math.max(1, manifest.size()),
            manifest.size()));
    counts.forEach((k, v) -> report.append(k).append(": ").append(v).append('\n'));
    report.append("\nbodies containing chrome strings:\n");
    chrome.forEach((k, v) -> report.append("  \"").append(k).append("\": ").append(v).append('\n'));
    Files.writeString(out.resolve("report.txt"), report, StandardCharsets.UTF_8);
    writeSample(articles, out.resolve("sample"), 20);
    writeAll(articles, out.resolve("all.txt"));
    System.out.println(report);
    assertThat(articles).as("parsed articles").isNotEmpty();
  }

  private static void tally(Article a, Map<String, Integer> counts) {
    inc(counts, "articles");
    Optional<ResolvedDate> d = a.published();
    inc(
        counts,
        "date " + d.map(x -> x.source().code() + "/" + x.precision().code()).orElse("none"));
    boolean dayOrFiner = d.map(x -> x.precision().compareTo(DatePrecision.DAY) <= 0).orElse(false);
    inc(counts, "date day-or-finer " + dayOrFiner);
    int words = TextFingerprint.wordCount(a.body());
    inc(
        counts,
        "body words " + (words == 0 ? "0" : words < 50 ? "1-49" : words < 150 ? "50-149" : "150+"));
    inc(counts, "authors " + (a.authors().isEmpty() ? "none" : "some"));
    inc(counts, "summary " + (a.summary().isEmpty() ? "none" : "some"));
    inc(counts, "title " + (a.title().isEmpty() ? "none" : "some"));
  }

  private static void writeSample(List<Article> articles, Path dir, int n) throws IOException {
    List<Article> shuffled = new ArrayList<>(articles);
    long seed = Long.getLong("newsframes.report.seed", 20261127L);
    Collections.shuffle(shuffled, new Random(seed));
    for (Article a : shuffled.subList(0, Math.min(n, shuffled.size()))) {
      String name = Path.of(a.inputFile()).getFileName().toString();
      Files.writeString(dir.resolve(name), render(a), StandardCharsets.UTF_8);
    }
  }

  private static void writeAll(List<Article> articles, Path file) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Article a : articles) {
      sb.append(render(a)).append("\n==========\n");
    }
    Files.writeString(file, sb, StandardCharsets.UTF_8);
  }

  static String render(Article a) {
    return "file: "
        + a.inputFile()
        + "\nurl: "
        + a.url().orElse("")
        + "\nsource: "
        + a.source().orElse("")
        + "\ntitle: "
        + a.title()
        + "\ndate: "
        + a.published().map(Object::toString).orElse("")
        + "\nauthors: "
        + a.authors()
        + "\nsummary: "
        + a.summary()
        + "\n---\n"
        + a.body()
        + "\n";
  }

  private static void clear(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      try (var files = Files.list(dir)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          Files.delete(f);
        }
      }
    }
    Files.createDirectories(dir);
  }

  private static void inc(Map<String, Integer> m, String k) {
    m.merge(k, 1, Integer::sum);
  }
}
