package dev.newsframes.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportResultTest {

  @Test
  void theSummaryCountsInTheSingularAndSaysWhenThereAreNoPeriods() {
    ReportJob.Result one =
        new ReportJob.Result(
            Path.of("r/index.html"),
            Optional.of("month"),
            1,
            1,
            List.of(),
            List.of("Table 'spikes' is missing"),
            Duration.ofMillis(5900));
    assertThat(one.summary())
        .isEqualTo("report: 1 month period, 1 chart, 0 CSV files, 1 note in 5.9s -> r/index.html");
    ReportJob.Result none =
        new ReportJob.Result(
            Path.of("r/index.html"), Optional.empty(), 0, 0, List.of(), List.of(), Duration.ZERO);
    assertThat(none.summary()).startsWith("report: no periods, 0 charts, 0 CSV files, 0 notes in");
  }
}
