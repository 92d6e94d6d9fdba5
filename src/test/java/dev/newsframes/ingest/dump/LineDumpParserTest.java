package dev.newsframes.ingest.dump;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.manifest.ManifestEntry;
import dev.newsframes.ingest.model.Article;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.Reject;
import dev.newsframes.ingest.model.RejectReason;
import dev.newsframes.ingest.model.ResolvedDate;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LineDumpParserTest {
  private static final LineDumpParser PARSER = LineDumpParser.withDefaultRules();

  @Test
  void ventureBeatPageLosesMenuShareWidgetPromosCaptionsAndFooter() {
    ManifestEntry e =
        entry(
            "https://venturebeat.com/2021/03/04/robots-learn-to-sort-recycling-with-cheap-cameras",
            "Robots learn to sort recycling with cheap cameras | VentureBeat",
            "2021-03-04");
    Article a = article("venturebeat-like.txt", e);

    assertThat(a.title())
        .as("title")
        .isEqualTo("Robots learn to sort recycling with cheap cameras");
    assertThat(a.source()).as("source").contains("VentureBeat");
    assertThat(a.url()).as("url").contains(e.url().get());
    assertThat(a.parser()).as("parser").isEqualTo("page-dump/lines");
    assertThat(a.published())
        .as("date from the manifest")
        .contains(ResolvedDate.ofDay(LocalDate.of(2021, 3, 4), DateSource.MANIFEST));
    assertThat(a.body())
        .as("body")
        .startsWith("A startup called Binwise said today")
        .contains("The company trained its models on two million photos")
        .contains("“We wanted hardware any plant could afford,” said chief executive Dana Ruiz.")
        .endsWith("Binwise has raised $12 million to date.")
        .doesNotContain("View All", "Share on", "sorting robot at a recycling plant")
        .doesNotContain("Are you ready", "VB Event", "Above:", "mission", "Briefings")
        .doesNotContain("Privacy Policy", "All rights reserved", "©");
    assertThat(a.body().split("\n\n")).as("paragraphs").hasSize(4);
  }

  @Test
  void ventureBeatListingPageIsRejectedAsNoArticle() {
    // the URL's slug names a headline listed on the page, so a "title" is found; the missing
    // share widget still tells the listing from an article
    ManifestEntry e =
        entry(
            "https://venturebeat.com/2020/09/03/robots-learn-to-sort-recycling-with-cheap-cameras"
                + "/tag/ai",
            "AI News | VentureBeat",
            null);
    Reject r = reject("venturebeat-listing.txt", e);

    assertThat(r.reason()).as("reason").isEqualTo(RejectReason.NO_TEXT);
    assertThat(r.message())
        .as("message")
        .contains("article header of VentureBeat", "listing", "x/venturebeat-listing.txt");
    assertThat(r.sample()).as("sample").startsWith("Artificial Intelligence");
  }

  @Test
  void technologyReviewPageGivesAuthorsDekAndDropsCreditsTeasersAndFooter() {
    ManifestEntry e =
        entry(
            "https://www.technologyreview.com/2020/05/12/1001234/farmers-soil-sensors-satellites",
            "How farmers are testing soil sensors that talk to satellites | MIT Technology Review",
            "2020-05-12");
    Article a = article("technologyreview-like.txt", e);

    assertThat(a.title())
        .as("title")
        .isEqualTo("How farmers are testing soil sensors that talk to satellites");
    assertThat(a.source()).as("source").contains("MIT Technology Review");
    assertThat(a.authors()).as("authors").containsExactly("Jane Okafor", "Luis Moreno");
    assertThat(a.summary())
        .as("dek")
        .isEqualTo("Cheap probes could tell growers exactly when to water.");
    assertThat(a.body())
        .as("body")
        .startsWith("Last spring, a wheat farmer in Kansas")
        .contains("Each probe reports moisture every hour to a satellite network.")
        .endsWith("The data arrive on her phone before breakfast, she says.")
        .doesNotContain(
            "archive page", "Ms Tech", "Unsplash", "Related Story", "satellite internet")
        .doesNotContain("linkedinlink", "Popular", "Stay connected", "Enter your email", "©");
  }

  @Test
  void vergePageIgnoresManifestDateThatComesFromAnAppendedLink() {
    ManifestEntry e =
        entry(
            "https://www.theverge.com/2023/11/6/23948426/chatbots-car-dashboard-assistants"
                + "/2023/11/15/23962443/some-other-story",
            "Chatbots are coming to your car’s dashboard - The Verge",
            "2023-11-15");
    Article a = article("theverge-like.txt", e);

    assertThat(a.title()).as("title").isEqualTo("Chatbots are coming to your car’s dashboard");
    assertThat(a.source()).as("source").contains("The Verge");
    assertThat(a.published())
        .as("the page's own URL date, not the appended link's")
        .contains(ResolvedDate.ofDay(LocalDate.of(2023, 11, 6), DateSource.URL));
    assertThat(a.authors()).as("authors").containsExactly("Sam Rivera", "Alex Chen");
    assertThat(a.summary())
        .as("dek")
        .isEqualTo(
            "Two automakers will ship voice assistants built on large language models next year.");
    assertThat(a.body())
        .as("body")
        .startsWith("Two carmakers said on Tuesday")
        .endsWith("The assistants run partly in the cloud, the companies said.")
        .doesNotContain("Share this story", "reporters who cover", "Vox Media may earn")
        .doesNotContain("Top headline", "Verge Deals", "sponsor", "All Rights Reserved");
  }

  @Test
  void newYorkerPageKeepsDekInBodyAndDropsSaveWidgetsAndCredits() {
    ManifestEntry e =
        entry(
            "https://www.newyorker.com/magazine/2023/05/01/the-machine-that-learned-to-forget",
            "The Machine That Learned to Forget | The New Yorker",
            null);
    Article a = article("newyorker-like.txt", e);

    assertThat(a.authors()).as("authors").containsExactly("Priya Natarajan");
    assertThat(a.published())
        .as("date from the URL when the manifest has none")
        .contains(ResolvedDate.ofDay(LocalDate.of(2023, 5, 1), DateSource.URL));
    assertThat(a.body())
        .as("body")
        .startsWith("Engineers are teaching models to unlearn")
        .contains("On a gray morning in Zurich")
        .endsWith("Nothing visible happened, which was the point.")
        .doesNotContain("Save this story", "Illustration by", "Facebook X Email")
        .doesNotContain("Sign up", "E-mail address", "Condé Nast");
  }

  @Test
  void voxBylineTimeRefinesTheManifestDayAndLeakedScriptIsDropped() {
    ManifestEntry e =
        entry(
            "https://www.vox.com/recode/2023/10/25/23930000/cities-ban-face-scanners",
            "Why cities are banning face scanners - Vox",
            "2023-10-25");
    Article a = article("vox-like.txt", e);

    assertThat(a.published())
        .as("9:00am EDT on the manifest's day")
        .contains(
            new ResolvedDate(
                Instant.parse("2023-10-25T13:00:00Z"), DatePrecision.MINUTE, DateSource.TEXT));
    assertThat(a.authors()).as("authors").containsExactly("Maria Lopez");
    assertThat(a.summary())
        .as("dek")
        .isEqualTo("Three councils voted this month to restrict the technology.");
    assertThat(a.body())
        .as("body")
        .isEqualTo(
            "Council members in three cities voted to restrict police use of face scanners."
                + "\n\nSupporters say the rules protect residents.");
  }

  @Test
  void dateWrittenInThePageIsUsedWhenManifestAndUrlHaveNone() {
    ManifestEntry e =
        entry(
            "https://thenextweb.com/news/robots-now-sort-parcels-faster-than-people",
            "Robots now sort parcels faster than people",
            null);
    Article a = article("thenextweb-like.txt", e);

    assertThat(a.source()).as("source").contains("The Next Web");
    assertThat(a.published())
        .as("\"This article was published on February 7, 2017\"")
        .contains(ResolvedDate.ofDay(LocalDate.of(2017, 2, 7), DateSource.TEXT));
    assertThat(a.body())
        .as("body")
        .isEqualTo(
            "A logistics firm in Rotterdam has replaced its night-shift sorting line with twelve"
                + " robot arms.\n\nThe arms pick about 1,200 parcels an hour, the firm says.");
  }

  @Test
  void pageWithoutManifestOrSiteRulesUsesHeadlineBylineAndGenericFooter() {
    LineDumpResult r =
        PARSER.parse(fixture("unknown-site.txt"), Optional.empty(), "in/unknown-site.txt");
    Article a = r.article().orElseThrow();

    assertThat(a.title())
        .as("title")
        .isEqualTo("Harbour authority tests drones for ship inspections");
    assertThat(a.url()).as("url").isEmpty();
    assertThat(a.source()).as("source").isEmpty();
    assertThat(a.authors()).as("authors").containsExactly("Ann Lee", "Tom Berg");
    assertThat(a.published())
        .as("dateline")
        .contains(ResolvedDate.ofDay(LocalDate.of(2021, 3, 3), DateSource.TEXT));
    assertThat(a.body())
        .as("body")
        .startsWith("The port of Esbjerg")
        .endsWith("sharper than divers' photographs.")
        .doesNotContain("Published", "Home News", "©");
  }

  @Test
  void knownSiteIsRecognisedByItsTextWhenThereIsNoManifest() {
    Article a =
        PARSER
            .parse(fixture("venturebeat-like.txt"), Optional.empty(), "in/vb.txt")
            .article()
            .orElseThrow();

    assertThat(a.source()).as("source from the site's signature").contains("VentureBeat");
    // without the title the caption after the share widget cannot be told from text: it stays
    assertThat(a.body())
        .as("body starts after the share widget")
        .startsWith("A sorting robot at a recycling plant in Ohio.\n\nA startup called Binwise")
        .doesNotContain("Share on", "View All", "All rights reserved");
  }

  @Test
  void emptyAndBlankPagesAreRejectedWithNoText() {
    for (String text : new String[] {"", "  \n\n \t ", "\u0000\u0001\u0002", null}) {
      LineDumpResult r = PARSER.parse(text, Optional.empty(), "in/empty.txt");
      assertThat(r.reject()).as("reject for %s", String.valueOf(text)).isPresent();
      assertThat(r.reject().get().reason()).as("reason").isEqualTo(RejectReason.NO_TEXT);
      assertThat(r.reject().get().inputFile()).as("input file").isEqualTo("in/empty.txt");
    }
  }

  @Test
  void pageOfOnlyChromeIsRejectedWithNoText() {
    String text =
        "VentureBeat's mission is to be a digital town square for technical decision-makers.\n"
            + "Discover our Briefings.\n All rights reserved.\n";
    ManifestEntry e = entry("https://venturebeat.com/2021/01/01/x-y-z", "X | VentureBeat", null);
    Reject r = PARSER.parse(text, Optional.of(e), "in/chrome.txt").reject().orElseThrow();

    assertThat(r.reason()).as("reason").isEqualTo(RejectReason.NO_TEXT);
  }

  @Test
  void hostileInputsNeverThrow() {
    StringBuilder huge = new StringBuilder();
    for (int i = 0; i < 8_000; i++) {
      huge.append("By By By Share this story ").append(i).append(i % 7 == 0 ? "\n" : " ");
    }
    String[] inputs = {
      huge.toString(),
      "x".repeat(300_000),
      "\uFFFD\uFFFD\uFFFD\u0007 binary-ish \uFFFD".repeat(5_000),
      "By " + "Aaaa ".repeat(50_000),
    };
    for (String text : inputs) {
      LineDumpResult r = PARSER.parse(text, Optional.empty(), "in/hostile.txt");
      assertThat(r.article().isPresent() ^ r.reject().isPresent())
          .as("exactly one of article or reject")
          .isTrue();
    }
  }

  @Test
  void sameInputGivesSameArticleId() {
    ManifestEntry e =
        entry(
            "https://venturebeat.com/2021/03/04/robots-learn-to-sort-recycling-with-cheap-cameras",
            "Robots learn to sort recycling with cheap cameras | VentureBeat",
            "2021-03-04");
    String id1 = article("venturebeat-like.txt", e).articleId();
    String id2 = article("venturebeat-like.txt", e).articleId();

    assertThat(id1).as("article id across runs").isEqualTo(id2).hasSize(20);
  }

  @Test
  void parserSurvivesJavaSerializationForSparkClosures() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(PARSER);
    }
    LineDumpParser copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (LineDumpParser) in.readObject();
    }
    String text = fixture("theverge-like.txt");
    ManifestEntry e =
        entry("https://www.theverge.com/2023/11/6/1/chatbots-car-dashboard", "Chatbots", null);

    assertThat(copy.parse(text, Optional.of(e), "a").article().map(Article::body))
        .as("same body after a round trip")
        .isEqualTo(PARSER.parse(text, Optional.of(e), "a").article().map(Article::body));
  }

  static ManifestEntry entry(String url, String title, String day) {
    return new ManifestEntry(
        "pages/x.txt",
        url,
        title,
        day == null ? null : ResolvedDate.ofDay(LocalDate.parse(day), DateSource.MANIFEST),
        null,
        2);
  }

  private static Article article(String fixture, ManifestEntry e) {
    LineDumpResult r = PARSER.parse(fixture(fixture), Optional.of(e), "x/" + fixture);
    assertThat(r.reject()).as("reject of %s", fixture).isEmpty();
    return r.article().orElseThrow();
  }

  private static Reject reject(String fixture, ManifestEntry e) {
    LineDumpResult r = PARSER.parse(fixture(fixture), Optional.of(e), "x/" + fixture);
    assertThat(r.article()).as("article of %s", fixture).isEmpty();
    return r.reject().orElseThrow();
  }

  static String fixture(String name) {
    try (InputStream in = LineDumpParserTest.class.getResourceAsStream("/dump/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing test fixture /dump/" + name, e);
    }
  }
}
