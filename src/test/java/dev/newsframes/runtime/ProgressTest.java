package dev.newsframes.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void aLineCountsUntilEveryUnitIsDoneThenSaysTheStageIsFinishing() {
    assertThat(Progress.line("ingest", "files", 3, 7, 10.2))
        .isEqualTo("ingest: 3/7 files (43%) after 10s");
    assertThat(Progress.line("ingest", "files", 7, 7, 40.0))
        .isEqualTo("ingest: all 7 files done; finishing the stage after 40s");
    assertThat(Progress.line("annotate", "articles", 0, 0, 5))
        .isEqualTo("annotate: 0/0 articles after 5s");
  }
}
