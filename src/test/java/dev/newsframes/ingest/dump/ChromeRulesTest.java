package dev.newsframes.ingest.dump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChromeRulesTest {
  @Test
  void shippedRulesLoadAndMatchSitesByHostOrText() {
    ChromeRules rules = ChromeRules.defaults();

    assertThat(rules.sites())
        .extracting(SiteChrome::name)
        .contains("VentureBeat", "MIT Technology Review", "The Verge");
    assertThat(rules.site(Optional.of("www.technologyreview.com"), "").map(SiteChrome::name))
        .contains("MIT Technology Review");
    assertThat(rules.site(Optional.of("example.com"), "View All AI, ML and Deep Learning"))
        .as("host decides")
        .isEmpty();
    assertThat(
            rules
                .site(Optional.empty(), "x View All AI, ML and Deep Learning y")
                .map(SiteChrome::name))
        .contains("VentureBeat");
  }

  @Test
  void userRulesAddASite() {
    String yaml =
        "sites:\n"
            + "  - name: Example News\n"
            + "    hosts: [example.com]\n"
            + "    footer: ['Read more from Example', '/^More stories\\b/']\n"
            + "    drop-lines: [Advertisement]\n";
    ChromeRules rules = ChromeRules.parse(yaml, "test.yaml");
    SiteChrome site = rules.site(Optional.of("news.example.com"), "").orElseThrow();

    assertThat(site.footer()).as("footers").hasSize(2);
    assertThat(site.footer().get(0).matcher("x Read more from Example y").find())
        .as("literal")
        .isTrue();
    assertThat(site.footer().get(0).matcher("Read more from Exampl.").find())
        .as("literal is not a regex")
        .isFalse();
    assertThat(rules.global().drop()).as("no global rules").isEmpty();
  }

  @Test
  void mistakesInRulesFailWithWhereAndWhat() {
    assertThatThrownBy(
            () -> ChromeRules.parse("sites:\n  - name: X\n    footers: [a]\n", "mine.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mine.yaml")
        .hasMessageContaining("footers");
    assertThatThrownBy(
            () ->
                ChromeRules.parse("sites:\n  - name: X\n    drop: ['/(unclosed/']\n", "mine.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("site X")
        .hasMessageContaining("drop");
    assertThatThrownBy(() -> ChromeRules.parse("", "empty.yaml"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
