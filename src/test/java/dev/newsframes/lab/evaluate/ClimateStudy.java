package dev.newsframes.lab.evaluate;

import dev.newsframes.trends.FrameLexicon;
import dev.newsframes.trends.presence.ArticleFrameFeatures;
import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.FallbackRule;
import dev.newsframes.trends.presence.PresenceFitter;
import dev.newsframes.trends.presence.PresenceInputs;
import dev.newsframes.trends.presence.ThresholdRule;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Climate narrative frames (Frermann et al. 2023) from our lexicon: per frame, F1 of the fallback
 * rules on the mapped frame (no labels used), of a presence model fitted by nested 10-fold CV on
 * the mapped frame's counts, and of answering yes everywhere. Lab tooling, test scope.
 *
 * <p>Usage: {@code ClimateStudy articles_metadata.tsv WAREHOUSE LEXICON.yaml}; the warehouse holds
 * the articles ingested from JSON Lines in file order (record position = TSV row).
 */
public final class ClimateStudy {
  /** Their frame column -> our frame (documented in docs/frame-presence.md). */
  static final Map<String, String> MAPPING = ClimateLabels.MAPPING;

  private ClimateStudy() {}

  public static void main(String[] args) throws Exception {
    List<Map<String, Boolean>> labels = labels(Path.of(args[0]));
    FrameLexicon lexicon = FrameLexicon.load(Path.of(args[2]));
    Map<String, StoredArticles.Article> stored =
        StoredArticles.load(Path.of(args[1]), List.of(), true);
    List<ArticleHits> hits = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      StoredArticles.Article a = stored.get(String.valueOf(i + 1));
      hits.add(
          a == null
              ? new ArticleHits(0, 0, List.of())
              : a.hits(lexicon.matcher(), Optional.empty()));
    }
    System.out.printf(
        "climate dev: %d articles, %d annotated%n",
        labels.size(), hits.stream().filter(h -> h.sentenceCount() > 0).count());
    List<String> names = PresenceStudy.TOPIC_COUNTS;
    System.out.printf(
        "%-4s %-36s %4s %9s %9s %9s %9s %9s %9s%n",
        "", "our frame", "pos", "all-yes", "any-hit", "rule 2,2", "rule 3,3", "CV model", "CV all");
    List<String> allFrames = new ArrayList<>(names);
    lexicon.frames().forEach(f -> allFrames.add(PresenceInputs.FRAME + f.id()));
    for (Map.Entry<String, String> m : MAPPING.entrySet()) {
      List<PresenceFitter.Example> examples = new ArrayList<>();
      List<ArticleFrameFeatures> counts = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        ArticleFrameFeatures f =
            ArticleFrameFeatures.of(hits.get(i), m.getValue(), Optional.empty(), Optional.empty());
        counts.add(f);
        examples.add(
            PresenceFitter.Example.of(
                String.valueOf(i), names, hits.get(i), f, labels.get(i).get(m.getKey())));
      }
      List<PresenceFitter.Prediction> cv =
          PresenceFitter.crossValidate(
              m.getValue(), Optional.empty(), names, examples, PresenceFitter.Options.DEFAULT);
      List<PresenceFitter.Example> wide = new ArrayList<>();
      for (int i = 0; i < labels.size(); i++) {
        wide.add(
            PresenceFitter.Example.of(
                String.valueOf(i),
                allFrames,
                hits.get(i),
                counts.get(i),
                labels.get(i).get(m.getKey())));
      }
      PresenceFitter.Options ten = new PresenceFitter.Options(10, 10, 42, ThresholdRule.MAX_F1);
      List<PresenceFitter.Prediction> cvAll =
          PresenceFitter.crossValidate(m.getValue(), Optional.empty(), allFrames, wide, ten);
      long positives = examples.stream().filter(PresenceFitter.Example::label).count();
      System.out.printf(
          Locale.ROOT,
          "%-4s %-36s %4d %9s %9s %9s %9s %9s %9s%n",
          m.getKey(),
          m.getValue(),
          positives,
          f1(examples, counts, f -> true),
          f1(examples, counts, FallbackRule.ANY_HIT::present),
          f1(examples, counts, new FallbackRule(2, 2)::present),
          f1(examples, counts, new FallbackRule(3, 3)::present),
          f1(cv),
          f1(cvAll));
    }
  }

  static String f1(
      List<PresenceFitter.Example> examples,
      List<ArticleFrameFeatures> counts,
      Predicate<ArticleFrameFeatures> rule) {
    BinaryScore s =
        BinaryScore.of(
            "",
            examples.stream().map(PresenceFitter.Example::label).toList(),
            counts.stream().map(rule::test).toList());
    return String.format(Locale.ROOT, "%.3f", s.f1());
  }

  static String f1(List<PresenceFitter.Prediction> cv) {
    BinaryScore s =
        BinaryScore.of(
            "",
            cv.stream().map(PresenceFitter.Prediction::label).toList(),
            cv.stream().map(PresenceFitter.Prediction::present).toList());
    return String.format(Locale.ROOT, "%.3f", s.f1());
  }

  /** Frame answers per TSV row ({@link ClimateLabels#read}). */
  static List<Map<String, Boolean>> labels(Path tsv) throws Exception {
    return ClimateLabels.read(tsv).stream().map(ClimateLabels.Row::answers).toList();
  }
}
