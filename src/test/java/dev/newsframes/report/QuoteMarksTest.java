package dev.newsframes.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  @Test
  void strayMarksAtTheEdgesGoQuotesInsideStay() {
    assertThat(QuoteMarks.trimStray("” The order sets safety standards."))
        .isEqualTo("The order sets safety standards.");
    assertThat(QuoteMarks.trimStray("\" The order sets safety standards."))
        .isEqualTo("The order sets safety standards.");
    assertThat(QuoteMarks.trimStray("The President said: “")).isEqualTo("The President said:");
    assertThat(QuoteMarks.trimStray("“We will lead,” he said."))
        .isEqualTo("“We will lead,” he said.");
    assertThat(QuoteMarks.trimStray("\"We will lead,\" he said."))
        .isEqualTo("\"We will lead,\" he said.");
    assertThat(QuoteMarks.trimStray("“We will lead the world in AI."))
        .isEqualTo("We will lead the world in AI.");
  }
}
