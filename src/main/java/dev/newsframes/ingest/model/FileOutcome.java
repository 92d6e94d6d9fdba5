package dev.newsframes.ingest.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What one input file became: articles, rejects, and records deliberately skipped (such as WARC
 * request records), which are counted but not stored.
 */
public record FileOutcome(List<Article> articles, List<Reject> rejects, long skipped) {
  public FileOutcome {
    articles = List.copyOf(articles);
    rejects = List.copyOf(rejects);
  }

  public static FileOutcome of(List<Article> articles) {
    return new FileOutcome(articles, List.of(), 0);
  }

  public static FileOutcome rejected(Reject reject) {
    return new FileOutcome(List.of(), List.of(reject), 0);
  }

  /** This outcome plus another's records. */
  public FileOutcome plus(FileOutcome other) {
    List<Article> a = new ArrayList<>(articles);
    a.addAll(other.articles);
    List<Reject> r = new ArrayList<>(rejects);
    r.addAll(other.rejects);
    return new FileOutcome(a, r, skipped + other.skipped);
  }
}
