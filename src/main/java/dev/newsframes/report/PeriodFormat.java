package dev.newsframes.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How periods of a granularity ({@code day}, {@code week}, {@code month}) read and where they end.
 */
public final class PeriodFormat {
  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private PeriodFormat() {}

  /** E.g. "May 2023", "week of 15 May 2023", "15 May 2023". */
  public static String label(String granularity, LocalDate start) {
    return switch (granularity) {
      case "month" -> MONTH.format(start);
      case "week" -> "week of " + DAY.format(start);
      default -> DAY.format(start);
    };
  }

  /** A date as "15 May 2023". */
  public static String day(LocalDate date) {
    return DAY.format(date);
  }

  /** The first day after the period that starts on {@code start}. */
  public static LocalDate end(String granularity, LocalDate start) {
    return switch (granularity) {
      case "month" -> start.plusMonths(1);
      case "week" -> start.plusWeeks(1);
      case "day" -> start.plusDays(1);
      default ->
          throw new IllegalArgumentException(
              "Unknown granularity '" + granularity + "'; expected day, week or month");
    };
  }

  /** The period's length in days, roughly (a month is 30), for drawing it. */
  public static double days(String granularity) {
    return switch (granularity) {
      case "month" -> 30.44;
      case "week" -> 7;
      default -> 1;
    };
  }
}
