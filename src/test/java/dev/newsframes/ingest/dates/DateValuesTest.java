package dev.newsframes.ingest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.ResolvedDate;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DateValuesTest {
  @Test
  void precisionFollowsWhatIsWritten() {
    assertThat(parse("2018-10-23"))
        .contains(
            new ResolvedDate(
                Instant.parse("2018-10-23T00:00:00Z"), DatePrecision.DAY, DateSource.MANIFEST));
    assertThat(parse("2018/10/3")).map(ResolvedDate::precision).contains(DatePrecision.DAY);
    assertThat(parse("2018-10"))
        .contains(
            new ResolvedDate(
                Instant.parse("2018-10-01T00:00:00Z"), DatePrecision.MONTH, DateSource.MANIFEST));
    assertThat(parse("2018")).map(ResolvedDate::precision).contains(DatePrecision.YEAR);
    assertThat(parse("2018-10-23T08:30"))
        .contains(
            new ResolvedDate(
                Instant.parse("2018-10-23T08:30:00Z"), DatePrecision.MINUTE, DateSource.MANIFEST));
    assertThat(parse("2018-10-23 08:30:15.250 UTC"))
        .map(ResolvedDate::instant)
        .contains(Instant.parse("2018-10-23T08:30:15.250Z"));
    assertThat(parse("2018-10-23T08:30:15-0500"))
        .map(ResolvedDate::instant)
        .contains(Instant.parse("2018-10-23T13:30:15Z"));
  }

  @Test
  void notDates() {
    assertThat(parse("2018-13-40")).isEmpty();
    assertThat(parse("yesterday")).isEmpty();
    assertThat(parse("  ")).isEmpty();
    assertThat(parse(null)).isEmpty();
  }

  private static Optional<ResolvedDate> parse(String v) {
    return DateValues.parse(v, DateSource.MANIFEST);
  }
}
