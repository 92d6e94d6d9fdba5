package dev.newsframes.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void highlightsWholeWordsWithInflectedEndingsCaseInsensitively() {
    List<Html.Segment> s =
        Html.highlight(
            "Regulators ban bans; abandon the Executive  Order",
            List.of("regulator", "ban", "executive order"));

    assertThat(s)
        .containsExactly(
            new Html.Segment("Regulators", true),
            new Html.Segment(" ", false),
            new Html.Segment("ban", true),
            new Html.Segment(" ", false),
            new Html.Segment("bans", true),
            new Html.Segment("; abandon the ", false),
            new Html.Segment("Executive  Order", true));
  }

  @Test
  void overlappingTermsMarkTheLongestOnce() {
    assertThat(Html.highlight("safety testing now", List.of("safety", "safety testing")))
        .containsExactly(new Html.Segment("safety testing", true), new Html.Segment(" now", false));
  }

  @Test
  void termsAreLiteralsNotPatterns() {
    assertThat(Html.highlight("a.b and axb", List.of("a.b", "(")))
        .containsExactly(new Html.Segment("a.b", true), new Html.Segment(" and axb", false));
  }

  @Test
  void textWithoutTermsIsOneSegment() {
    assertThat(Html.highlight("<b>x</b>", List.of()))
        .containsExactly(new Html.Segment("<b>x</b>", false));
  }

  @Test
  void frameColorsCycleThroughTheStylesheetClasses() {
    assertThat(List.of(0, 9, 13, -1).stream().map(Html::colorClass))
        .containsExactly("c0", "c9", "c3", "cx");
  }
}
