package dev.newsframes.lab.evaluate;

import dev.newsframes.trends.FrameLexicon;
import dev.newsframes.trends.presence.ArticleFrameFeatures;
import dev.newsframes.trends.presence.ArticleHits;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prints, per labelled article and frame, its counts, its matched terms and its label: the rows to
 * read when the model errs. Lab tooling, test scope.
 *
 * <p>Usage: {@code ErrorDump WAREHOUSE LABELS.jsonl LEXICON.yaml FRAME}
 */
public final class ErrorDump {
  private ErrorDump() {}

  public static void main(String[] args) throws Exception {
    List<CodebookLabel> labels = CodebookLabels.read(Path.of(args[1]));
    FrameLexicon lexicon = FrameLexicon.load(Path.of(args[2]));
    String frame = args[3];
    List<String> files =
        labels.stream().filter(CodebookLabel::isArticle).map(CodebookLabel::file).toList();
    Map<String, StoredArticles.Article> stored =
        StoredArticles.load(Path.of(args[0]), files, false);
    for (CodebookLabel l : labels) {
      StoredArticles.Article a = stored.get(l.file());
      if (a == null) {
        continue;
      }
      ArticleHits h = a.hits(lexicon.matcher(), Optional.empty());
      ArticleFrameFeatures f =
          ArticleFrameFeatures.of(h, frame, Optional.empty(), Optional.empty());
      StringBuilder terms = new StringBuilder();
      h.sentences()
          .forEach(
              s ->
                  s.hit(frame)
                      .ifPresent(
                          x ->
                              terms
                                  .append(s.index())
                                  .append(':')
                                  .append(String.join("+", x.matchedTerms()))
                                  .append(' ')));
      System.out.printf(
          "%s\t%s\t%d/%d\td%d\tt%d\t%s\t%s%n",
          l.file(),
          l.answer(frame).map(String::valueOf).orElse("null"),
          f.sentences(),
          f.articleSentences(),
          f.distinctTerms(),
          f.titleSentences(),
          terms,
          a.title());
    }
  }
}
