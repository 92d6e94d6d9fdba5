package dev.newsframes.ingest.dump;

import dev.newsframes.ingest.model.Article;
import dev.newsframes.ingest.model.Reject;
import java.util.Objects;
import java.util.Optional;

/** What parsing one page dump gave: exactly one of an article or a reject. */
public record LineDumpResult(Optional<Article> article, Optional<Reject> reject) {
  public LineDumpResult {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(reject, "reject");
    if (article.isPresent() == reject.isPresent()) {
      throw new IllegalArgumentException("exactly one of article and reject must be present");
    }
  }

  static LineDumpResult of(Article article) {
    return new LineDumpResult(Optional.of(article), Optional.empty());
  }

  static LineDumpResult of(Reject reject) {
    return new LineDumpResult(Optional.empty(), Optional.of(reject));
  }
}
