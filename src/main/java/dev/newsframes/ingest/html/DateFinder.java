package dev.newsframes.ingest.html;

import dev.newsframes.common.DatePrecision;
import dev.newsframes.ingest.dates.DateParser;
import dev.newsframes.ingest.model.DateSource;
import dev.newsframes.ingest.model.ResolvedDate;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds publication and modification times, best source first: JSON-LD, meta tags, {@code <time>}
 * elements (metadata); byline and dateline text (text); the URL path (URL).
 */
final class DateFinder {
  private static final String[] PUBLISHED_META = {
    "article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "published_time",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "dc.date.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "citation_publication_date",
    "citation_date",
    "originalpublicationdate",
    "datecreated",
    "article:created",
    "created",
    "cxenseparse:recs:publishtime",
    "date.available"
  };
  private static final String[] MODIFIED_META = {
    "article:modified_time",
    "og:updated_time",
    "article:modified",
    "datemodified",
    "modified_time",
    "last-modified",
    "dcterms.modified",
    "dc.date.modified",
    "lastmod"
  };

  private DateFinder() {}

  static Optional<ResolvedDate> published(
      Document doc, MetaTags meta, JsonLdArticle ld, Optional<String> url) {
    Optional<ResolvedDate> urlDate = url.flatMap(DateParser::fromUrl);
    Optional<ResolvedDate> date =
        ld.datePublished()
            .flatMap(DateFinder::metadata)
            .or(() -> firstMeta(meta, PUBLISHED_META))
            .or(() -> ld.dateCreated().flatMap(DateFinder::metadata))
            .or(() -> timeElement(doc))
            .or(() -> urlDate.filter(d -> d.precision() == DatePrecision.DAY))
            .or(() -> byline(doc))
            .or(() -> urlDate);
    return date;
  }

  static Optional<Instant> modified(MetaTags meta, JsonLdArticle ld) {
    return ld.dateModified()
        .flatMap(DateFinder::metadata)
        .or(() -> firstMeta(meta, MODIFIED_META))
        .map(ResolvedDate::instant);
  }

  private static Optional<ResolvedDate> metadata(String raw) {
    return DateParser.parse(raw, DateSource.METADATA);
  }

  private static Optional<ResolvedDate> firstMeta(MetaTags meta, String[] keys) {
    for (String key : keys) {
      for (String value : meta.all(key)) {
        Optional<ResolvedDate> d = metadata(value);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<ResolvedDate> timeElement(Document doc) {
    Element best = null;
    for (Element time : doc.select("time[datetime], [itemprop=datePublished][datetime]")) {
      String names =
          (ClassHints.names(time) + " " + time.attr("itemprop")).toLowerCase(Locale.ROOT);
      if (names.contains("modif") || names.contains("updat")) {
        continue;
      }
      if (time.hasAttr("pubdate") || names.contains("publish") || best == null) {
        best = time;
        if (time.hasAttr("pubdate") || names.contains("publish")) {
          break;
        }
      }
    }
    return best == null ? Optional.empty() : metadata(best.attr("datetime"));
  }

  private static Optional<ResolvedDate> byline(Document doc) {
    for (Element e :
        doc.select(
            "[class*=byline], [class*=dateline], [class*=publish], [class*=date],"
                + " [class*=posted], [class*=timestamp], [class*=time], [class*=meta],"
                + " [class*=info], time")) {
      String text = e.text();
      if (text.length() > 200) {
        continue;
      }
      Optional<ResolvedDate> d = DateParser.find(text, DateSource.TEXT);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }
}
