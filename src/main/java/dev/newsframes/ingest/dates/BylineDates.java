package dev.newsframes.ingest.dates;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.ResolvedDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates written in a page's byline area: "Oct 25, 2023, 9:00am EDT", "This article was
 * published on February 7, 2017", "Mon 15. Aug 2022", "2019-12-11".
 *
 * <p>A time with a known zone abbreviation gives {@link DatePrecision#MINUTE}; a time without a
 * zone is dropped and the day kept, since the day a site prints is its local day. Dates after
 * "Updated" are skipped so that the first publication wins.
 */
public final class BylineDates {
  private static final String MONTH =
      "(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final String TIME =
      "(?:,? (?:at )?(?<h>\\d{1,2}):(?<min>\\d{2}) ?(?<ampm>[AaPp]\\.?[Mm]\\.?)?"
          + "(?: (?<tz>[A-Z]{2,4}))?)?";
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "\\b" + MONTH + " (?<day>\\d{1,2})(?:st|nd|rd|th)?,? (?<year>(?:19|20)\\d\\d)\\b" + TIME);
  private static final Pattern DAY_FIRST =
      Pattern.compile(
          "\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\.? "
              + MONTH
              + ",? (?<year>(?:19|20)\\d\\d)\\b"
              + TIME);
  private static final Pattern ISO =
      Pattern.compile("\\b(?<year>(?:19|20)\\d\\d)-(?<mm>\\d\\d)-(?<day>\\d\\d)\\b");
  private static final Pattern UPDATED_BEFORE =
      Pattern.compile("(?i)\\b(?:updated|update|modified)\\b[^\\n]{0,12}$");
  private static final Map<String, Integer> ZONE_HOURS =
      Map.ofEntries(
          Map.entry("UTC", 0),
          Map.entry("GMT", 0),
          Map.entry("BST", 1),
          Map.entry("CET", 1),
          Map.entry("CEST", 2),
          Map.entry("EST", -5),
          Map.entry("EDT", -4),
          Map.entry("CST", -6),
          Map.entry("CDT", -5),
          Map.entry("MST", -7),
          Map.entry("MDT", -6),
          Map.entry("PST", -8),
          Map.entry("PDT", -7));

  private BylineDates() {}

  /**
   * A date found in text.
   *
   * @param date the instant, with {@link DateSource#TEXT}
   * @param localDay the calendar day as printed on the page
   */
  public record Found(ResolvedDate date, LocalDate localDay) {}

  /** The first publication date written in {@code text} between {@code from} and {@code to}. */
  public static Optional<Found> find(String text, int from, int to) {
    int end = Math.min(to, text.length());
    int start = Math.max(0, Math.min(from, end));
    Found best = null;
    int bestAt = Integer.MAX_VALUE;
    for (Pattern p : new Pattern[] {MONTH_FIRST, DAY_FIRST, ISO}) {
      Matcher m = regionMatcher(p, text, start, end);
      while (m.find() && m.start() < bestAt) {
        if (isUpdate(text, m.start())) {
          continue;
        }
        Optional<Found> f = toDate(m, p == ISO);
        if (f.isPresent()) {
          best = f.get();
          bestAt = m.start();
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static boolean isUpdate(String text, int at) {
    int from = Math.max(0, at - 20);
    return UPDATED_BEFORE.matcher(text.substring(from, at)).find();
  }

  private static Optional<Found> toDate(Matcher m, boolean iso) {
    try {
      int year = Integer.parseInt(m.group("year"));
      int month = iso ? Integer.parseInt(m.group("mm")) : month(m.group("mon"));
      LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group("day")));
      if (iso || m.group("h") == null || m.group("tz") == null) {
        return Optional.of(new Found(ResolvedDate.ofDay(day, DateSource.TEXT), day));
      }
      Integer offset = ZONE_HOURS.get(m.group("tz"));
      if (offset == null) {
        return Optional.of(new Found(ResolvedDate.ofDay(day, DateSource.TEXT), day));
      }
      int hour = hour24(Integer.parseInt(m.group("h")), m.group("ampm"));
      LocalDateTime local = day.atTime(hour, Integer.parseInt(m.group("min")));
      ResolvedDate d =
          new ResolvedDate(
              local.toInstant(ZoneOffset.ofHours(offset)), DatePrecision.MINUTE, DateSource.TEXT);
      return Optional.of(new Found(d, day));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty(); // "Feb 30, 2020" or "25:00": not a date after all
    }
  }

  private static int hour24(int h, String ampm) {
    if (ampm == null) {
      return h;
    }
    boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
    return (h % 12) + (pm ? 12 : 0);
  }

  private static int month(String name) {
    String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
    return "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(key) / 3 + 1;
  }

  /** A matcher over {@code [from, to)} whose anchors and look-arounds still see the whole text. */
  private static Matcher regionMatcher(Pattern p, String text, int from, int to) {
    int end = Math.max(0, Math.min(to, text.length()));
    int start = Math.max(0, Math.min(from, end));
    return p.matcher(text).region(start, end).useAnchoringBounds(false).useTransparentBounds(true);
  }
}
