package dev.newsframes.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.model.DateSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {
  static String fixture(String name) throws IOException {
    try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream("/html/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsJsonLdGraphAndDropsBoilerplate() throws IOException {
    ExtractedArticle a =
        HtmlArticleExtractor.extract(
            fixture("jsonld-graph.html"), Optional.of("https://valleycourier.example/x?id=1"));

    assertThat(a.title()).as("title").isEqualTo("Council approves river bridge plan");
    assertThat(a.authors())
        .as("authors resolved through @id")
        .containsExactly("Maria Lopez", "Tom Reed");
    assertThat(a.published()).as("published").isPresent();
    assertThat(a.published().get().instant())
        .as("published instant in UTC")
        .isEqualTo(Instant.parse("2021-03-04T23:30:00Z"));
    assertThat(a.published().get().source()).as("published source").isEqualTo(DateSource.METADATA);
    assertThat(a.published().get().precision()).as("precision").isEqualTo(DatePrecision.SECOND);
    assertThat(a.modified()).as("modified").contains(Instant.parse("2021-03-05T09:00:00Z"));
    assertThat(a.publisher()).as("publisher").contains("The Valley Courier");
    assertThat(a.language()).as("language").contains("en");
    assertThat(a.canonicalUrl())
        .as("canonical made absolute")
        .contains("https://valleycourier.example/news/2021/03/04/river-bridge");
    assertThat(a.description()).as("description").startsWith("The council voted 7-2");

    assertThat(a.body().split("\n\n"))
        .as("body paragraphs, subheading kept, chrome dropped")
        .containsExactly(
            "The town council voted seven to two on Thursday evening to approve the long-debated"
                + " plan for a new bridge over the river, ending a dispute that has divided"
                + " residents for almost a decade.",
            "Supporters said the crossing, which will cost an estimated 14 million pounds, would"
                + " cut journey times for commuters and take heavy traffic out of the historic"
                + " centre.",
            "Opponents, including two councillors from the riverside ward, argued that the money"
                + " would be better spent on repairing existing roads, and warned that"
                + " construction would disturb wildlife along the banks.",
            "What happens next",
            "Work is expected to begin in the autumn, subject to a final environmental review,"
                + " and the bridge could open to traffic by the end of 2023, the council said.");
  }

  @Test
  void readsOpenGraphAndMetaTags() throws IOException {
    ExtractedArticle a = HtmlArticleExtractor.extract(fixture("opengraph.html"));

    assertThat(a.title()).as("title").isEqualTo("Neue Radwege für die Innenstadt");
    assertThat(a.authors()).as("meta author").containsExactly("Anna Schmidt");
    assertThat(a.published().map(d -> d.instant()))
        .as("article:published_time")
        .contains(Instant.parse("2022-06-01T05:15:00Z"));
    assertThat(a.modified())
        .as("article:modified_time")
        .contains(Instant.parse("2022-06-02T08:00:00Z"));
    assertThat(a.publisher()).as("og:site_name").contains("Stadtanzeiger");
    assertThat(a.language()).as("html lang").contains("de");
    assertThat(a.canonicalUrl())
        .as("og:url")
        .contains("https://stadtanzeiger.example/lokales/radwege");
    assertThat(a.body()).as("body").startsWith("Die Stadt wird in den kommenden zwei Jahren");
    assertThat(a.body()).as("sidebar dropped").doesNotContain("Meistgelesen", "Stadtfest");
    assertThat(a.body().split("\n\n")).as("paragraphs").hasSize(3);
  }

  @Test
  void readsTimeElementAndByline() throws IOException {
    ExtractedArticle a = HtmlArticleExtractor.extract(fixture("time-byline.html"));

    assertThat(a.title())
        .as("h1 confirmed by <title>")
        .isEqualTo("Harbour festival draws record crowds");
    assertThat(a.authors()).as("byline split").containsExactly("Jane Doe", "John Roe", "Sam Poe");
    assertThat(a.published()).as("published").isPresent();
    assertThat(a.published().get().day()).as("day").isEqualTo(LocalDate.of(2018, 8, 12));
    assertThat(a.published().get().precision()).as("precision").isEqualTo(DatePrecision.DAY);
    assertThat(a.body()).as("body").contains("More than forty thousand people", "busiest weekend");
    assertThat(a.body())
        .as("menu, read-more link and footer dropped")
        .doesNotContain("Home", "Read more", "Privacy");
  }

  @Test
  void readsDateFromBylineTextAndLooseTableText() throws IOException {
    ExtractedArticle a = HtmlArticleExtractor.extract(fixture("text-date.html"));

    assertThat(a.published()).as("published").isPresent();
    assertThat(a.published().get().day()).as("day").isEqualTo(LocalDate.of(2020, 3, 3));
    assertThat(a.published().get().source()).as("source").isEqualTo(DateSource.TEXT);
    assertThat(a.body())
        .as("text written straight into a cell")
        .contains("The village library reopened", "tea and cake");
    assertThat(a.body()).as("navigation cell dropped").doesNotContain("Archive");
  }

  @Test
  void fallsBackToTheUrlDate() {
    String html =
        "<html><body><p>"
            + "A short note with no dates at all, only words. ".repeat(4)
            + "</p></body></html>";
    ExtractedArticle a =
        HtmlArticleExtractor.extract(html, Optional.of("https://x.example/2019/05/12/note"));

    assertThat(a.published()).as("URL date").isPresent();
    assertThat(a.published().get().source()).as("source").isEqualTo(DateSource.URL);
    assertThat(a.published().get().day()).as("day").isEqualTo(LocalDate.of(2019, 5, 12));
  }
}
