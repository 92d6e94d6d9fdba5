package dev.newsframes.ingest.dates;

import dev.newsframes.ingest.model.ResolvedDate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Chooses a dumped page's publication date: the manifest's, else the URL's, else one written in the
 * byline area.
 *
 * <p>Two refinements: a manifest date that only repeats the date of a link a crawler appended to
 * the page URL (see {@link UrlDates}) is not the page's and is ignored; and a date written in the
 * text that falls within the chosen date's day or month but is more precise (a byline time)
 * replaces it.
 */
public final class PublishedDates {
  private PublishedDates() {}

  public static Optional<ResolvedDate> choose(
      Optional<ResolvedDate> manifest, Optional<String> url, Optional<BylineDates.Found> text) {
    Optional<ResolvedDate> ownUrl = url.flatMap(UrlDates::find);
    Optional<ResolvedDate> fromManifest = manifest.filter(m -> !echoesAppendedLink(m, url, ownUrl));
    Optional<ResolvedDate> chosen =
        fromManifest.or(() -> ownUrl).or(() -> text.map(BylineDates.Found::date));
    if (chosen.isPresent() && text.isPresent() && refines(text.get(), chosen.get())) {
      return Optional.of(text.get().date());
    }
    return chosen;
  }

  private static boolean echoesAppendedLink(
      ResolvedDate m, Optional<String> url, Optional<ResolvedDate> ownUrl) {
    if (url.isEmpty() || ownUrl.map(ResolvedDate::day).filter(m.day()::equals).isPresent()) {
      return false;
    }
    return UrlDates.appendedLinkDates(url.get()).contains(m.day());
  }

  private static boolean refines(BylineDates.Found text, ResolvedDate chosen) {
    if (text.date().precision().compareTo(chosen.precision()) >= 0) {
      return false;
    }
    LocalDate c = LocalDate.ofInstant(chosen.instant(), ZoneOffset.UTC);
    LocalDate t = text.localDay();
    return switch (chosen.precision()) {
      case DAY -> t.equals(c);
      case MONTH -> t.getYear() == c.getYear() && t.getMonth() == c.getMonth();
      case YEAR -> t.getYear() == c.getYear();
      default -> false; // already finer than a day
    };
  }
}
