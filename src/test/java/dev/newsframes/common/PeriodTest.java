package dev.newsframes.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {
  @Test
  void periodStarts() {
    LocalDate thursday = LocalDate.of(2024, 3, 14);
    assertThat(Period.DAY.start(thursday)).isEqualTo(thursday);
    assertThat(Period.WEEK.start(thursday)).as("ISO weeks start on Monday").isEqualTo("2024-03-11");
    assertThat(Period.WEEK.start(LocalDate.of(2024, 3, 17))).as("Sunday").isEqualTo("2024-03-11");
    assertThat(Period.WEEK.start(LocalDate.of(2024, 3, 11))).as("Monday").isEqualTo("2024-03-11");
    assertThat(Period.WEEK.start(LocalDate.of(2021, 1, 2)))
        .as("across years")
        .isEqualTo("2020-12-28");
    assertThat(Period.MONTH.start(thursday)).isEqualTo("2024-03-01");
  }

  @Test
  void coarseDatesStayOutOfFinerPeriods() {
    assertThat(Period.DAY.acceptedPrecisions()).containsExactly("second", "minute", "hour", "day");
    assertThat(Period.WEEK.accepts("month"))
        .as("a month-precise date in a weekly series")
        .isFalse();
    assertThat(Period.MONTH.accepts("month")).isTrue();
    assertThat(Period.MONTH.accepts("year")).isFalse();
    assertThat(Period.DAY.accepts(null)).as("unknown precision").isTrue();
  }

  @Test
  void parsesCodes() {
    assertThat(Period.parse(" Week")).isEqualTo(Period.WEEK);
    assertThat(Period.MONTH.code()).isEqualTo("month");
    assertThatThrownBy(() -> Period.parse("year"))
        .hasMessage("Unknown period 'year'; expected one of day, week, month");
  }
}
