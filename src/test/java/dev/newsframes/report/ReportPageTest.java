package dev.newsframes.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportPageTest {

  @Test
  void hostileTextIsShownAsTextAndNeverAsMarkup() {
    ReportData data = ReportSamples.hostile();
    String html = ReportPage.render(data, ReportCharts.all(data));

    Document doc = PageSafety.assertSafe(html);
    assertThat(html.toLowerCase(Locale.ROOT))
        .as("raw output")
        .doesNotContain("<script")
        .doesNotContain("<img src=x")
        .doesNotContain("href=\"javascript:");
    String text = doc.body().text();
    assertThat(text)
        .as("the payloads are visible as text")
        .contains(ReportSamples.SCRIPT + " and a ban " + ReportSamples.IMG)
        .contains("Title " + ReportSamples.SCRIPT + ReportSamples.ATTR_BREAK)
        .contains("Source " + ReportSamples.IMG)
        .contains(ReportSamples.SCRIPT + "Evil Corp")
        .contains("Table 'x' is missing " + ReportSamples.SCRIPT)
        .contains("link withheld (not an http or https URL): " + ReportSamples.JS_URL);
    assertThat(doc.select("a[href^=http]").eachAttr("href"))
        .containsExactly("https://news.example/a?x=1&y='2'");
    assertThat(html)
        .as("attribute escaped")
        .contains("href=\"https://news.example/a?x=1&amp;y='2'\"");
  }

  @Test
  void theFramesSectionSaysWhatPresentMeansAndHowWellItAgreedWithCoders() {
    ReportData data = ReportSamples.hostile();
    Document doc = PageSafety.assertSafe(ReportPage.render(data, ReportCharts.all(data)));

    String frames = doc.select("section#frames").text();
    assertThat(frames)
        .contains("An article carries a frame when the frame is present in it")
        .contains("presence (shipped model) against labels/" + ReportSamples.SCRIPT + ".jsonl")
        .contains("evaluated 2025-12-30");
    assertThat(doc.select("section#frames tr").eachText())
        .contains("regulation cv 292 0.85 0.84 0.85 0.80 to 0.89 42.9% 42.9%");

    ReportData none = ReportSamples.empty();
    assertThat(
            PageSafety.assertSafe(ReportPage.render(none, ReportCharts.all(none)))
                .select("section#frames")
                .text())
        .doesNotContain("evaluated");
  }

  @Test
  void everySectionAndItsAnchorsArePresent() {
    ReportData data = ReportSamples.hostile();
    Document doc = PageSafety.assertSafe(ReportPage.render(data, ReportCharts.all(data)));

    assertThat(doc.select("main > section").eachAttr("id"))
        .containsExactly(
            "notes",
            "overview",
            "frames",
            "balance",
            "entities",
            "spikes",
            "evidence",
            "quality",
            "downloads");
    assertThat(doc.select("nav a").eachAttr("href"))
        .allSatisfy(href -> assertThat(doc.getElementById(href.substring(1))).as(href).isNotNull());
    assertThat(doc.select("#spikes a[href^=#spike-]").eachAttr("href")).containsExactly("#spike-1");
    assertThat(doc.getElementById("spike-1").select("blockquote").text())
        .startsWith("Lawmakers want oversight");
    assertThat(doc.select("#spike-1 mark").eachText()).containsExactly("oversight", "ban");
    assertThat(doc.select("figure img").eachAttr("src"))
        .containsExactly("charts/frame-shares.svg", "charts/balance.svg", "charts/entities.svg");
    // the latest balance card pools Jan-Mar: March alone rests on 5 articles
    assertThat(doc.select(".card .value").eachText()).startsWith("14", "35.7%", "28.6%", "+0.11");
    assertThat(doc.select("#quality").text())
        .contains("non-English articles (not annotated) 2")
        .contains("malformed_record 2")
        .contains("timeout 1");
  }

  @Test
  void noSpikeInPeriodsTooSmallToTestSaysSoInsteadOfNoSpikesDetected() {
    // the sample's months hold 4-5 articles, under the 20 the spike rule tests by default
    ReportData data = ReportSamples.withoutSpikes(ReportSamples.hostile());
    Document doc = PageSafety.assertSafe(ReportPage.render(data, ReportCharts.all(data)));

    assertThat(data.spikesUntested()).isTrue();
    assertThat(doc.select("#spikes .empty").text())
        .isEqualTo(
            "No period was tested for spikes: every month shown has fewer than 20 articles, the"
                + " least the spike rule tests by default (trends --spike-min-period-articles).");
    assertThat(doc.select(".card").eachText())
        .anySatisfy(c -> assertThat(c).startsWith("–").contains("not tested: every month under"));
    assertThat(ReportSamples.hostile().spikesUntested()).as("spikes were found").isFalse();
  }

  @Test
  void theOverviewSaysHowMuchIsOnTheTopicAndWhetherTheTrendsCountTheRest() {
    ReportData data = ReportSamples.hostile();
    Document doc = PageSafety.assertSafe(ReportPage.render(data, ReportCharts.all(data)));

    assertThat(doc.select("#overview p.note").eachText())
        .contains(
            "Topic 'ai': 9 of the 14 articles that hit a frame or the topic are about it (64.3%,"
                + " scored like a frame; article_topics). The trends above count every article, on"
                + " the topic or not; trends --topic-only counts only those.");
    assertThat(Overview.topicNote(new ReportData.TopicCoverage("ai", 9, 14, Optional.of(true))))
        .endsWith("The trends above count only those (trends --topic-only).");
    assertThat(Overview.topicNote(new ReportData.TopicCoverage("ai", 0, 0, Optional.empty())))
        .as("a trends run before the flag was recorded; no article at all")
        .isEqualTo(
            "Topic 'ai': 0 of the 0 articles that hit a frame or the topic are about it (–,"
                + " scored like a frame; article_topics). trends --topic-only counts only those.");
    assertThat(ReportPage.render(ReportSamples.empty(), List.of())).doesNotContain("Topic '");
  }

  @Test
  void theBalanceIsPooledByYearOnlyWhenThePeriodsSpanYears() {
    ReportData oneYear = ReportSamples.hostile(); // January to March 2023
    assertThat(
            PageSafety.assertSafe(ReportPage.render(oneYear, ReportCharts.all(oneYear)))
                .select("#balance h3")
                .eachText())
        .doesNotContain("By year");

    ReportData twoYears =
        ReportSamples.withBalance(
            oneYear,
            List.of(
                new ReportData.BalancePoint(
                    LocalDate.parse("2022-12-01"),
                    Optional.of(-1.0),
                    Optional.empty(),
                    Optional.empty(),
                    3,
                    0,
                    2,
                    2),
                new ReportData.BalancePoint(
                    LocalDate.parse("2023-01-01"),
                    Optional.of(0.5),
                    Optional.empty(),
                    Optional.empty(),
                    4,
                    3,
                    1,
                    4)));
    Document doc = PageSafety.assertSafe(ReportPage.render(twoYears, ReportCharts.all(twoYears)));
    assertThat(doc.select("#balance h3").eachText()).contains("By year");
    assertThat(doc.select("#balance table").last().select("tbody tr").eachText())
        .containsExactly("2022 3 0 2 -1.00 2", "2023 4 3 1 +0.50 4");
    // the latest balance rests on 4 articles: the card pools it with December, (-2 + 2) / 6
    assertThat(doc.select(".card").eachText())
        .anySatisfy(
            c ->
                assertThat(c)
                    .isEqualTo(
                        "+0.00latest balance, pooledDec 2022 – Jan 2023 pooled: 6 articles with"
                            + " either frame; Jan 2023 alone +0.50 (4 articles)"));
  }

  @Test
  void theLatestFiguresPoolTheLastThreePeriodsWhenTheLatestIsSmall() {
    // March holds 5 articles: the card and the table's last column pool January to March
    ReportData data = ReportSamples.hostile();
    Document doc = PageSafety.assertSafe(ReportPage.render(data, ReportCharts.all(data)));

    // (-0.5 * 4 + 0.6 * 5) / 9; February has no article with either frame
    assertThat(doc.select(".card").eachText())
        .contains(
            "+0.11latest balance, pooledJan 2023 – Mar 2023 pooled: 9 articles with either"
                + " frame; Mar 2023 alone +0.60 (5 articles)");
    Element table = doc.select("#frames table").first();
    assertThat(table.select("thead th").eachText())
        .containsExactly("frame", "articles", "share of all", "Jan 2023 – Mar 2023 (14)");
    // regulation 1 + 1 + 4 of 14, competitiveness 3 + 2 + 1 of 14
    assertThat(table.select("tbody tr").eachText())
        .containsExactly("Regulation 6 42.9% 42.9%", "Competitiveness 6 42.9% 42.9%");
  }

  @Test
  void aLatestPeriodOfTwentyArticlesStandsAloneWithItsInterval() {
    ReportData data =
        ReportSamples.withBalance(
            ReportSamples.hostile(),
            List.of(
                new ReportData.BalancePoint(
                    ReportSamples.FEB,
                    Optional.of(-1.0),
                    Optional.empty(),
                    Optional.empty(),
                    30,
                    0,
                    10,
                    10),
                new ReportData.BalancePoint(
                    ReportSamples.MAR,
                    Optional.of(0.6),
                    Optional.of(0.2),
                    Optional.of(0.9),
                    30,
                    16,
                    4,
                    20)));
    Document doc = PageSafety.assertSafe(ReportPage.render(data, ReportCharts.all(data)));

    assertThat(doc.select(".card").eachText())
        .contains("+0.60latest balanceMar 2023 · 95% +0.20 … +0.90");
    assertThat(ReportCharts.latestWindow(List.of(30L, 19L))).isEqualTo(2);
    assertThat(ReportCharts.latestWindow(List.of(5L, 5L, 5L, 19L))).isEqualTo(3);
    assertThat(ReportCharts.latestWindow(List.of(5L, 20L))).isEqualTo(1);
    assertThat(ReportCharts.latestWindow(List.of())).isZero();
  }

  @Test
  void aWarehouseWithoutTrendsStillRendersWithItsNotes() {
    ReportData data = ReportSamples.empty();
    Document doc = PageSafety.assertSafe(ReportPage.render(data, ReportCharts.all(data)));

    assertThat(ReportCharts.all(data)).isEmpty();
    assertThat(doc.select("#notes li").eachText())
        .containsExactly("Table 'frame_trends' is missing");
    assertThat(doc.select(".empty").eachText())
        .contains("No frame trends to chart yet: run the trends stage.", "No spikes detected.");
  }

  /**
   * Writes the hostile sample page with its charts, for a look: target/report-samples/index.html.
   */
  @Test
  void samplePageForAHumanToOpen() throws Exception {
    ReportData data = ReportSamples.hostile();
    List<Chart> charts = ReportCharts.all(data);
    Path dir = Path.of("target/report-samples");
    Files.createDirectories(dir.resolve("charts"));
    for (Chart c : charts) {
      Files.writeString(dir.resolve(c.file()), c.svg());
    }
    Path index = Files.writeString(dir.resolve("index.html"), ReportPage.render(data, charts));
    assertThat(index).isNotEmptyFile();
  }

  @Test
  void theTitleNamesTheTopicAndTheCorpusAndPeriodsSayWhyTheyHaveNoInterval() {
    ReportData data = ReportSamples.hostile();
    CorpusDescription corpus =
        new CorpusDescription(
            "AI policy",
            "White House statements",
            "Government communications, not press coverage.");
    Document doc =
        PageSafety.assertSafe(ReportPage.render(data, ReportCharts.all(data), Optional.of(corpus)));

    assertThat(doc.title()).startsWith("How AI policy is framed over time");
    assertThat(doc.selectFirst("h1").text()).isEqualTo("How AI policy is framed over time");
    assertThat(doc.selectFirst("header").text())
        .contains("White House statements")
        .contains("Government communications, not press coverage.")
        .doesNotContain("ai_policy");
    assertThat(doc.getElementById("balance").text())
        .contains("no article with either frame")
        .contains("of the 2 months with a balance have a 95% interval");
  }

  @Test
  void aCorpusFileNeedsATopic(@TempDir Path dir) throws Exception {
    Path good =
        Files.writeString(
            dir.resolve("c.yaml"), "topic: AI policy\nname: x\ndescription: >\n  a\n  b\n");
    assertThat(CorpusDescription.load(good))
        .isEqualTo(new CorpusDescription("AI policy", "x", "a b"));
    Path bad = Files.writeString(dir.resolve("d.yaml"), "name: x\n");
    assertThatThrownBy(() -> CorpusDescription.load(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs at least a 'topic'");
  }
}
