package dev.newsframes.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.testing.Beacon;
import dev.newsframes.testing.HeadlessChromium;
import dev.newsframes.testing.SampleWarehouse;
import dev.newsframes.testing.SparkTestSession;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report of a warehouse holding a hostile page (script, onerror and javascript: payloads in its
 * title, body, source and URL, ingested through the real IngestJob), opened in headless Chromium:
 * no payload runs, with or without the page's Content-Security-Policy, and the page and its charts
 * render. Artifacts stay in {@code target/report-xss/} (screenshot.png) for a human to look at.
 */
class ReportXssSparkTest {
  static final Path OUT = Path.of("target/report-xss");
  static SampleWarehouse sample;
  static Path index;

  @BeforeAll
  static void report() throws IOException {
    sample = SampleWarehouse.get();
    // every entity, so the one with markup in its name is on the page
    ReportJob.Options options =
        new ReportJob.Options(
            OUT, Optional.empty(), "ai_policy", 20, 5, 120, 30, 1_000_000, Optional.empty());
    index = new ReportJob(options).run(SparkTestSession.get(), sample.warehouse()).index();
  }

  @Test
  void thePayloadsReachThePageAsTextOnly() throws IOException {
    Document doc = PageSafety.assertSafe(read(index));

    assertThat(doc.select("#evidence").text())
        .as("payloads from the title, body, source and URL are visible as text")
        .contains(
            "<script>document.title='PWNED-title';fetch('"
                + sample.beacon().url()
                + "/title')</script>Lawmakers demand AI oversight")
        .contains(
            "<img src=x onerror=\"document.title='PWNED-img';fetch('"
                + sample.beacon().url()
                + "/img')\">")
        .contains(
            "<script>fetch('"
                + sample.beacon().url()
                + "/source')</script>Evil Wire\" onmouseover=")
        .contains("link withheld (not an http or https URL): javascript:fetch(");
    assertThat(doc.select("#entities").text())
        .contains("<b onmouseover=\"fetch('" + sample.beacon().url() + "/entity')\">Evil Corp</b>");
  }

  @Test
  void noPayloadRunsInChromiumAndThePageRenders() throws IOException {
    HeadlessChromium chromium = HeadlessChromium.require();
    Beacon beacon = sample.beacon();
    assertDetectorWorks(chromium, beacon);

    String html = read(index);
    String withoutCsp = html.replaceFirst("<meta http-equiv=\"Content-Security-Policy\"[^>]*>", "");
    assertThat(withoutCsp).as("the CSP meta was removed").isNotEqualTo(html);
    Path noCsp = Files.writeString(OUT.resolve("index-without-csp.html"), withoutCsp);
    for (Path page : new Path[] {index, noCsp}) {
      beacon.clear();
      Document dom = Jsoup.parse(chromium.dumpDom(page));

      assertThat(dom.title())
          .as("title after scripts had their chance, %s", page)
          .isEqualTo(Jsoup.parse(html).title())
          .endsWith("newsframes report");
      assertThat(dom.select("[data-pwned]")).as("DOM marker, %s", page).isEmpty();
      assertThat(dom.outerHtml()).doesNotContain("PWNED-control");
      assertThat(beacon.hits()).as("requests to the beacon, %s", page).isEmpty();
      assertThat(dom.select("main > section").eachAttr("id"))
          .as("sections rendered, %s", page)
          .containsExactly(
              "overview",
              "frames",
              "balance",
              "entities",
              "spikes",
              "evidence",
              "quality",
              "downloads");
      assertThat(dom.select("figure img").eachAttr("src"))
          .containsExactly("charts/frame-shares.svg", "charts/balance.svg", "charts/entities.svg");
      assertThat(dom.select("#evidence blockquote").eachText())
          .anyMatch(t -> t.contains("<script>document.title='PWNED-body'"));
      assertThat(dom.select("script")).as("script elements in the live DOM, %s", page).isEmpty();
    }
  }

  /** A page with a real script must be caught by the same checks, or they prove nothing. */
  private static void assertDetectorWorks(HeadlessChromium chromium, Beacon beacon)
      throws IOException {
    beacon.clear();
    Path control =
        Files.writeString(
            OUT.resolve("control.html"),
            "<!DOCTYPE html><html><head><title>control</title></head><body><script>"
                + "document.title='PWNED-control';document.body.setAttribute('data-pwned','1');"
                + "fetch('"
                + beacon.url()
                + "/control').catch(function(){});</script></body></html>");
    Document dom = Jsoup.parse(chromium.dumpDom(control));
    assertThat(dom.title()).as("control page script ran").isEqualTo("PWNED-control");
    assertThat(dom.select("[data-pwned]")).hasSize(1);
    assertThat(beacon.hits()).as("control page reached the beacon").contains("/control");
  }

  @Test
  void theScreenshotShowsThePageAndItsCharts() throws IOException {
    HeadlessChromium chromium = HeadlessChromium.require();
    Path shot = chromium.screenshot(index, OUT.resolve("screenshot.png"), 1280, 2600);
    Path noCharts =
        Files.writeString(
            OUT.resolve("index-without-charts.html"),
            read(index).replace("src=\"charts/", "src=\"missing/"));
    Path blank =
        chromium.screenshot(noCharts, OUT.resolve("screenshot-without-charts.png"), 1280, 2600);

    BufferedImage page = ImageIO.read(shot.toFile());
    BufferedImage without = ImageIO.read(blank.toFile());
    assertThat(page.getWidth()).isEqualTo(1280);
    assertThat(colors(page)).as("distinct colors: not a blank page").isGreaterThan(200);
    long changed = 0;
    for (int y = 0; y < page.getHeight(); y++) {
      for (int x = 0; x < page.getWidth(); x++) {
        if (page.getRGB(x, y) != without.getRGB(x, y)) {
          changed++;
        }
      }
    }
    assertThat(changed)
        .as("pixels the charts paint (of %d)", (long) page.getWidth() * page.getHeight())
        .isGreaterThan(100_000);
  }

  private static int colors(BufferedImage image) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }
}
