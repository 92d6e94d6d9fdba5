package dev.newsframes.ingest.dates;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.ResolvedDate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A relative time such as "Hace 12 min(s)", "3 hour(s) ago" or "12分钟前", in Spanish, English or
 * Chinese UI wording.
 *
 * @param amount how many units ago
 * @param unit the unit: seconds, minutes, hours, days, weeks, months or years
 */
public record RelativeTime(long amount, ChronoUnit unit) {
  private static final String NUMBER = "(\\d{1,4})";
  private static final List<Pattern> PATTERNS =
      List.of(
          Pattern.compile("hace\\s*" + NUMBER + "\\s*([\\p{L}]+)(?:\\(s\\)|s)?\\.?"),
          Pattern.compile(NUMBER + "\\s*([\\p{L}]+?)(?:\\(s\\)|s)?\\.?\\s+ago"),
          Pattern.compile(NUMBER + "\\s*(秒|分钟|分鐘|小时|小時|天|周|週|个月|個月|月|年)\\s*前"));

  /** Finds a relative time at the end of a line, returning it and the text before it. */
  public static Optional<Match> findAtEnd(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (Pattern p : PATTERNS) {
      Matcher m = Pattern.compile("(?:" + p.pattern() + ")\\s*$").matcher(lower);
      if (m.find()) {
        Optional<ChronoUnit> unit = unit(m.group(2));
        if (unit.isPresent()) {
          RelativeTime t = new RelativeTime(Long.parseLong(m.group(1)), unit.get());
          return Optional.of(new Match(t, line.substring(0, m.start()).strip()));
        }
      }
    }
    return Optional.empty();
  }

  /** Parses a whole string as a relative time. */
  public static Optional<RelativeTime> parse(String text) {
    return findAtEnd(text).filter(m -> m.before().isEmpty()).map(Match::time);
  }

  /**
   * The moment this relative time points to, seen from {@code crawl}.
   *
   * <p>When the crawl time is known only to the day, the reference is that day's noon, so that "12
   * min ago" stays on the crawl day. The result is never more precise than either input, and is
   * truncated to its precision.
   */
  public ResolvedDate resolveAgainst(Instant crawl, DatePrecision crawlPrecision) {
    Instant reference =
        crawlPrecision.compareTo(DatePrecision.DAY) >= 0 ? crawl.plus(Duration.ofHours(12)) : crawl;
    Instant at = minus(reference);
    DatePrecision precision = precision().coarsest(crawlPrecision);
    return new ResolvedDate(
        DateTruncation.truncate(at, precision), precision, DateSource.RELATIVE_TO_CRAWL);
  }

  /** The precision this unit supports. */
  public DatePrecision precision() {
    return switch (unit) {
      case SECONDS -> DatePrecision.SECOND;
      case MINUTES -> DatePrecision.MINUTE;
      case HOURS -> DatePrecision.HOUR;
      case DAYS, WEEKS -> DatePrecision.DAY;
      case MONTHS -> DatePrecision.MONTH;
      default -> DatePrecision.YEAR;
    };
  }

  private Instant minus(Instant reference) {
    return switch (unit) {
      case WEEKS -> reference.minus(Duration.ofDays(7 * amount));
      case MONTHS -> reference.atOffset(ZoneOffset.UTC).minusMonths(amount).toInstant();
      case YEARS -> reference.atOffset(ZoneOffset.UTC).minusYears(amount).toInstant();
      default -> reference.minus(amount, unit);
    };
  }

  private static Optional<ChronoUnit> unit(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.startsWith("seg") || w.startsWith("sec") || w.equals("秒")) {
      return Optional.of(ChronoUnit.SECONDS);
    } else if (w.startsWith("min") || w.startsWith("分")) {
      return Optional.of(ChronoUnit.MINUTES);
    } else if (w.startsWith("hora")
        || w.startsWith("hour")
        || w.startsWith("hr")
        || w.startsWith("小")) {
      return Optional.of(ChronoUnit.HOURS);
    } else if (w.startsWith("día") || w.startsWith("dia") || w.startsWith("day") || w.equals("天")) {
      return Optional.of(ChronoUnit.DAYS);
    } else if (w.startsWith("semana") || w.startsWith("week") || w.equals("周") || w.equals("週")) {
      return Optional.of(ChronoUnit.WEEKS);
    } else if (w.startsWith("mes") || w.startsWith("month") || w.endsWith("月")) {
      return Optional.of(ChronoUnit.MONTHS);
    } else if (w.startsWith("año")
        || w.startsWith("ano")
        || w.startsWith("year")
        || w.equals("年")) {
      return Optional.of(ChronoUnit.YEARS);
    }
    return Optional.empty();
  }

  /** A relative time found at the end of a line, and the text before it (e.g. the source). */
  public record Match(RelativeTime time, String before) {}
}
