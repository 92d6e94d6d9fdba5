package dev.newsframes.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AnnotateResultTest {

  private static String summary(long errors) {
    return new AnnotateJob.Result(
            3, 3, 0, 1545, 1536, 2902, errors, "042a89a4b8f9aa", Duration.ofSeconds(40))
        .summary();
  }

  @Test
  void theSummaryNamesTheTableThatHoldsTheErrors() {
    assertThat(summary(0)).contains(", 2902 mentions, 0 errors in 40.0s (pipeline 042a89a4b8f9)");
    assertThat(summary(1)).contains(", 2902 mentions, 1 error (in annotation_errors) in 40.0s");
    assertThat(summary(2)).contains(", 2902 mentions, 2 errors (in annotation_errors) in 40.0s");
  }
}
