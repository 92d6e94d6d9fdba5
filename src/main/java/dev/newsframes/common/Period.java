package dev.newsframes.common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The granularity of a trend series: calendar day, ISO week (starting Monday) or month, in UTC.
 *
 * <p>An article enters a series only if its date is at least as precise as the period: a date known
 * only to the month is never put on the 1st of that month in a daily or weekly series.
 */
public enum Period {
  DAY(DatePrecision.DAY),
  WEEK(DatePrecision.DAY),
  MONTH(DatePrecision.MONTH);

  private final DatePrecision coarsestAccepted;

  Period(DatePrecision coarsestAccepted) {
    this.coarsestAccepted = coarsestAccepted;
  }

  /** The value stored in the {@code granularity} column and accepted by {@code --period}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The period for a {@code --period} value; the message lists the valid ones. */
  public static Period parse(String code) {
    for (Period p : values()) {
      if (p.code().equalsIgnoreCase(code.strip())) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "Unknown period '" + code + "'; expected one of day, week, month");
  }

  /** The first day of the period containing {@code date}. */
  public LocalDate start(LocalDate date) {
    return switch (this) {
      case DAY -> date;
      case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
    };
  }

  /** Months from one period start to the next (with {@link #stepDays}). */
  public int stepMonths() {
    return this == MONTH ? 1 : 0;
  }

  /** Days from one period start to the next (with {@link #stepMonths}). */
  public int stepDays() {
    return switch (this) {
      case DAY -> 1;
      case WEEK -> 7;
      case MONTH -> 0;
    };
  }

  /** The {@code date_precision} codes precise enough for this period. */
  public List<String> acceptedPrecisions() {
    return Arrays.stream(DatePrecision.values())
        .filter(p -> p.compareTo(coarsestAccepted) <= 0)
        .map(DatePrecision::code)
        .toList();
  }

  /**
   * Whether an article with this {@code date_precision} belongs in the series; null is accepted.
   */
  public boolean accepts(String precision) {
    return precision == null || acceptedPrecisions().contains(precision);
  }
}
