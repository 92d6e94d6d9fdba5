package dev.newsframes.ingest.dates;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.ResolvedDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numeric dates written in text: {@code 2026-05-22}, {@code 2024.12.10}, {@code 2026/06/02}, with
 * an optional time of day. Times without a zone are read as UTC.
 */
public final class NumericDates {
  private static final Pattern DATE =
      Pattern.compile(
          "(?<!\\d)((?:19|20)\\d{2})([-./])(\\d{1,2})\\2(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?(?!\\d)");

  private NumericDates() {}

  /**
   * Every valid date in the text, in order of appearance; invalid ones (2026-13-40) are skipped.
   */
  public static List<ResolvedDate> findAll(String text, DateSource source) {
    List<ResolvedDate> dates = new ArrayList<>();
    Matcher m = DATE.matcher(text);
    while (m.find()) {
      toDate(m, source).ifPresent(dates::add);
    }
    return dates;
  }

  /** The first valid date at the start of {@code text} (after optional spaces). */
  public static Optional<ResolvedDate> parseLeading(String text, DateSource source) {
    Matcher m = DATE.matcher(text.stripLeading());
    return m.lookingAt() ? toDate(m, source) : Optional.empty();
  }

  /** The latest date in the text. */
  public static Optional<ResolvedDate> latest(String text, DateSource source) {
    return findAll(text, source).stream().max((a, b) -> a.instant().compareTo(b.instant()));
  }

  private static Optional<ResolvedDate> toDate(Matcher m, DateSource source) {
    try {
      LocalDate day =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)));
      if (m.group(5) == null) {
        return Optional.of(ResolvedDate.ofDay(day, source));
      }
      int second = m.group(7) == null ? 0 : Integer.parseInt(m.group(7));
      LocalDateTime t =
          day.atTime(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)), second);
      DatePrecision p = m.group(7) == null ? DatePrecision.MINUTE : DatePrecision.SECOND;
      return Optional.of(new ResolvedDate(t.toInstant(ZoneOffset.UTC), p, source));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
