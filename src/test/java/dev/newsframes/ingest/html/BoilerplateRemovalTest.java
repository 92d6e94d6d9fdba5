package dev.newsframes.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoilerplateRemovalTest {
  private static final String P1 =
      "The harbour authority said on Tuesday that repairs to the old sea wall would start in"
          + " spring, after two winters of storms left large cracks along its length.";
  private static final String P2 =
      "Engineers estimate the work will take eighteen months, and the promenade above the wall"
          + " will stay open for walkers during most of it, the authority added.";

  @Test
  void stateClassesAndLayoutNamesDoNotHideTheArticle() {
    String html =
        "<html><body><div class=\"page comments-enabled has-sidebar\">"
            + "<div class=\"sidebar-grid sidebar-grid--is-narrow\"><div class=\"article-widget\">"
            + "<p>"
            + P1
            + "</p></div><div class=\"article-widget\"><p>"
            + P2
            + "</p></div></div>"
            + "<div class=\"sidebar\"><ul><li><a href=\"/1\">Most read story one</a></li>"
            + "<li><a href=\"/2\">Most read story two</a></li></ul></div>"
            + "</div></body></html>";
    String body = HtmlArticleExtractor.extract(html).body();
    assertThat(body).as("article text in layout-named wrappers").isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void hiddenAndChromeBlocksAreDropped() {
    String html =
        "<html><body><article><p>"
            + P1
            + "</p>"
            + "<div class=\"d-none d-print-block\">Printed from the website, all rights reserved,"
            + " no part may be reproduced.</div>"
            + "<p>ADVERTISEMENT</p><div class=\"hidden md:block\"><p>"
            + P2
            + "</p></div>"
            + "<p>Sign up for our newsletter to get the morning briefing in your inbox.</p>"
            + "<div style=\"display: none\">Invisible teaser text that no reader ever sees.</div>"
            + "</article></body></html>";
    String body = HtmlArticleExtractor.extract(html).body();
    assertThat(body).as("responsive-hidden text kept, chrome dropped").isEqualTo(P1 + "\n\n" + P2);
  }

  @Test
  void structuredBodyRescuesAMissedArticle() {
    String ld =
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Wall\","
            + "\"articleBody\":\""
            + P1
            + " "
            + P2
            + " "
            + P1
            + "\"}</script>";
    // the page shows only a teaser list; the article text lives in JSON-LD alone
    String html =
        "<html><head>"
            + ld
            + "</head><body><div class=\"teasers\">"
            + "<p>Another story about the council budget, with numbers, and quotes, and more.</p>"
            + "</div></body></html>";
    ExtractedArticle a = HtmlArticleExtractor.extract(html, Optional.empty());
    assertThat(a.body()).as("structured body used").startsWith(P1).contains(P2);
    assertThat(a.body()).as("teaser dropped").doesNotContain("council budget");
  }
}
