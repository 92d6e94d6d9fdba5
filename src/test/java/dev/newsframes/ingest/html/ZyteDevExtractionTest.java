package dev.newsframes.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsframes.testing.Corpora;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Golden-ish check on a fixed slice of the extraction benchmark's development pages. */
class ZyteDevExtractionTest {
  private static final int PAGES = 15;

  @Test
  void extractsBenchmarkPagesAboveTheFloor() throws IOException {
    Path corpus = Corpora.require("extraction/zyte-dev");
    JsonNode truth = new ObjectMapper().readTree(corpus.resolve("ground-truth.json").toFile());
    List<Path> files;
    try (Stream<Path> list = Files.list(corpus.resolve("html"))) {
      files = list.filter(f -> f.toString().endsWith(".html.gz")).sorted().limit(PAGES).toList();
    }
    List<ShingleF1.PageMatch> matches = new ArrayList<>();
    for (Path file : files) {
      String id = file.getFileName().toString().replace(".html.gz", "");
      byte[] bytes;
      try (GZIPInputStream in =
          new GZIPInputStream(new ByteArrayInputStream(Files.readAllBytes(file)))) {
        bytes = in.readAllBytes();
      }
      String url = truth.path(id).path("url").asText();
      ExtractedArticle a =
          HtmlArticleExtractor.extract(HtmlDecoder.decode(bytes), Optional.of(url));
      ShingleF1.PageMatch m =
          ShingleF1.match(truth.path(id).path("articleBody").asText(), a.body());
      assertThat(m.f1()).as("F1 of %s", url).isGreaterThan(0.5);
      matches.add(m);
    }
    ShingleF1.Summary s = ShingleF1.summarize(matches);
    assertThat(s.pages()).as("pages scored").isEqualTo(PAGES);
    assertThat(s.f1()).as("F1 over the first %d zyte-dev pages", PAGES).isGreaterThan(0.94);
  }
}
