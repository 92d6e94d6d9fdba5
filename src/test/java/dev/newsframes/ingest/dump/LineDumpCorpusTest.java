package dev.newsframes.ingest.dump;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.dates.UrlDates;
import dev.newsframes.ingest.manifest.Manifest;
import dev.newsframes.ingest.manifest.ManifestColumns;
import dev.newsframes.ingest.manifest.ManifestEntry;
import dev.newsframes.ingest.manifest.ManifestReader;
import dev.newsframes.ingest.model.Article;
import dev.newsframes.ingest.model.RejectReason;
import dev.newsframes.ingest.model.ResolvedDate;
import dev.newsframes.testing.Corpora;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The line-dump parser on a fixed sample of about 100 real pages of {@code pages/ai-tech}. */
class LineDumpCorpusTest {
  /** Interface text that must never reach a body. */
  private static final List<String> CHROME =
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
          "Discover our Briefings",
          "VentureBeat's mission",
          "Are you ready to bring more awareness",
          "Are you looking to showcase your brand",
          "Enter your email",
          "Follow us on",
          "Privacy Policy Terms of Service");

  private static final int EVERY = 26;
  private static final List<ManifestEntry> SAMPLE = new ArrayList<>();
  private static final List<LineDumpResult> RESULTS = new ArrayList<>();

  @BeforeAll
  static void parseSample() throws IOException {
    Path dir = Corpora.require("pages/ai-tech");
    Manifest manifest =
        ManifestReader.read(dir.resolve("manifest.csv"), ManifestColumns.defaults());
    assertThat(manifest.problems()).as("manifest problems").isEmpty();
    LineDumpParser parser = LineDumpParser.withDefaultRules();
    List<ManifestEntry> all = manifest.entries();
    for (int i = 0; i < all.size(); i += EVERY) {
      Path file = dir.resolve(all.get(i).file());
      Optional<ManifestEntry> entry = manifest.find(file.toString());
      assertThat(entry).as("manifest entry found by absolute path %s", file).contains(all.get(i));
      SAMPLE.add(all.get(i));
      RESULTS.add(
          parser.parse(Files.readString(file, StandardCharsets.UTF_8), entry, file.toString()));
    }
  }

  @Test
  void everyPageIsAnArticleOrANoTextReject() {
    long rejects = RESULTS.stream().filter(r -> r.reject().isPresent()).count();

    assertThat(SAMPLE).as("sample size").hasSizeGreaterThanOrEqualTo(100);
    assertThat(RESULTS)
        .as("rejects")
        .allSatisfy(
            r -> r.reject().ifPresent(j -> assertThat(j.reason()).isEqualTo(RejectReason.NO_TEXT)));
    assertThat(rejects).as("listing pages rejected").isLessThanOrEqualTo(SAMPLE.size() / 10);
  }

  @Test
  void articlesHaveTitleUrlSourceAndText() {
    for (Article a : articles()) {
      assertThat(a.title()).as("title of %s", a.inputFile()).isNotBlank().doesNotContain(" | ");
      assertThat(a.url()).as("url of %s", a.inputFile()).isPresent();
      assertThat(a.source()).as("source of %s", a.inputFile()).isPresent();
      assertThat(a.wordCount()).as("words of %s", a.inputFile()).isGreaterThan(50);
    }
  }

  @Test
  void articlesHaveADayPrecisionDateUnlessTheManifestOnlyEchoesAnAppendedLink() {
    for (int i = 0; i < SAMPLE.size(); i++) {
      Optional<Article> a = RESULTS.get(i).article();
      if (a.isEmpty()) {
        continue;
      }
      ManifestEntry e = SAMPLE.get(i);
      boolean echo =
          UrlDates.appendedLinkDates(e.url().orElseThrow())
              .contains(e.published().orElseThrow().day());
      Optional<DatePrecision> precision = a.get().published().map(ResolvedDate::precision);
      if (echo) {
        assertThat(a.get().published().map(ResolvedDate::day))
            .as("date of %s is not the appended link's", e.file())
            .isNotEqualTo(e.published().map(ResolvedDate::day));
      } else {
        assertThat(precision)
            .as("date precision of %s", e.file())
            .hasValueSatisfying(p -> assertThat(p).isLessThanOrEqualTo(DatePrecision.DAY));
      }
    }
  }

  @Test
  void noBodyContainsSiteChrome() {
    for (Article a : articles()) {
      assertThat(a.body()).as("body of %s", a.inputFile()).doesNotContain(CHROME);
      assertThat(a.summary()).as("summary of %s", a.inputFile()).doesNotContain(CHROME);
    }
  }

  private static List<Article> articles() {
    return RESULTS.stream().flatMap(r -> r.article().stream()).toList();
  }
}
