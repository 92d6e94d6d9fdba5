package dev.newsframes.lab.evaluate;

import dev.newsframes.trends.FrameLexicon;
import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.FrameHit;
import dev.newsframes.trends.presence.SentenceFrames;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Per lexicon term of a frame: in how many labelled articles it matches, split by the coders'
 * answer, and in how many it is the article's only term for the frame. The evidence behind lexicon
 * edits. Lab tooling, test scope.
 *
 * <p>Usage: {@code TermReport WAREHOUSE LABELS.jsonl LEXICON.yaml FRAME...}
 */
public final class TermReport {
  private TermReport() {}

  public static void main(String[] args) throws Exception {
    List<CodebookLabel> labels = CodebookLabels.read(Path.of(args[1]));
    FrameLexicon lexicon = FrameLexicon.load(Path.of(args[2]));
    List<String> files =
        labels.stream().filter(CodebookLabel::isArticle).map(CodebookLabel::file).toList();
    Map<String, StoredArticles.Article> stored =
        StoredArticles.load(Path.of(args[0]), files, false);
    for (String frame : List.of(args).subList(3, args.length)) {
      // term -> {articles yes, no, null, alone yes, alone no, sentences in "no" articles}
      Map<String, int[]> counts = new TreeMap<>();
      for (CodebookLabel l : labels) {
        StoredArticles.Article a = stored.get(l.file());
        if (!l.isArticle() || a == null) {
          continue;
        }
        ArticleHits hits = a.hits(lexicon.matcher(), Optional.empty());
        Set<String> terms = new HashSet<>();
        int noSentences = 0;
        for (SentenceFrames s : hits.sentences()) {
          Optional<FrameHit> h = s.hit(frame);
          if (h.isPresent()) {
            terms.addAll(h.get().matchedTerms());
            if (l.answer(frame).equals(Optional.of(false))) {
              h.get().matchedTerms().forEach(t -> counts.computeIfAbsent(t, k -> new int[6])[5]++);
            }
          }
        }
        int col = l.answer(frame).map(b -> b ? 0 : 1).orElse(2);
        for (String t : terms) {
          int[] c = counts.computeIfAbsent(t, k -> new int[6]);
          c[col]++;
          if (terms.size() == 1 && col < 2) {
            c[3 + col]++;
          }
        }
      }
      System.out.printf(
          "%n== %s: term, articles labelled yes / no / null, only term in yes / no,"
              + " sentences in no-articles, precision yes/(yes+no)%n",
          frame);
      counts.entrySet().stream()
          .sorted((x, y) -> Integer.compare(y.getValue()[1], x.getValue()[1]))
          .forEach(
              e -> {
                int[] c = e.getValue();
                System.out.printf(
                    Locale.ROOT,
                    "%-32s %4d %4d %4d   %4d %4d   %4d   %.2f%n",
                    e.getKey(),
                    c[0],
                    c[1],
                    c[2],
                    c[3],
                    c[4],
                    c[5],
                    c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]));
              });
    }
  }
}
