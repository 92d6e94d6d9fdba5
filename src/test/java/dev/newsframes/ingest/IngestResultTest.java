package dev.newsframes.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestResultTest {

  private static IngestJob.Result result(
      long files, long articles, long rejects, long outsideWindow) {
    return new IngestJob.Result(
        files,
        articles,
        0,
        0,
        rejects,
        0,
        1,
        outsideWindow,
        rejects == 0 ? Map.of() : Map.of("no_text", rejects),
        0.5,
        Duration.ofMillis(8400));
  }

  @Test
  void aDateWindowWeighsTheRejectsOfEveryRecordAgainstEveryArticleRead() {
    // a day's window over a year of pages: 12 articles kept, 340 outside, 30 rejects from all
    IngestJob.Result daily = result(382, 12, 30, 340);
    assertThat(daily.rejectRate()).isEqualTo(30.0 / 382);
    assertThat(daily.problem()).isEmpty();
    // without the window the same counts are a high rate
    assertThat(result(42, 12, 30, 0).problem())
        .hasValueSatisfying(p -> assertThat(p).startsWith("reject rate 71.4% is above"));
  }

  @Test
  void theSummaryCountsInTheSingularAndNamesArticlesOutsideTheWindow() {
    assertThat(result(1, 1, 0, 0).summary())
        .isEqualTo(
            "ingest: 1 input file -> 1 article + 0 teasers (0 of these duplicate copies), 0"
                + " rejects, 1 skipped record in 8.4s");
    assertThat(result(382, 12, 30, 340).summary())
        .startsWith("ingest: 382 input files -> 12 articles + 0 teasers")
        .contains(", 30 rejects, 1 skipped record, 340 outside the date window (not kept) in 8.4s");
  }
}
