package dev.newsframes.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TrendsResultTest {

  private static TrendsJob.Result result(boolean topicOnly, boolean teasers) {
    return new TrendsJob.Result(
        40, 12, 9, 20, 3, 1, "7bbd73fab868aa", topicOnly, teasers, Duration.ofMillis(2500));
  }

  @Test
  void theSummarySaysWhichKindsWereCounted() {
    assertThat(result(false, false).summary())
        .isEqualTo(
            "trends: 9 of 20 counted articles carry a frame (12 hit one; 40 sentences; teasers and"
                + " duplicate copies are not counted); 3 periods, 1 spike in 2.5s (lexicon"
                + " 7bbd73fab868)");
    // --include-teasers: the line used to say teasers were not counted
    assertThat(result(false, true).summary())
        .contains("(12 hit one; 40 sentences; teasers counted, duplicate copies not)");
    assertThat(result(true, false).summary())
        .contains("teasers and duplicate copies are not counted, nor articles off the topic)");
  }
}
