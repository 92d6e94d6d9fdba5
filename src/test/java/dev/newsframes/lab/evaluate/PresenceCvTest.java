package dev.newsframes.lab.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.DominantFrame;
import dev.newsframes.trends.presence.FallbackRule;
import dev.newsframes.trends.presence.FrameHit;
import dev.newsframes.trends.presence.SentenceFrames;
import dev.newsframes.trends.presence.ThresholdRule;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Nested cross-validation of a whole presence model: every article is predicted by a model fitted
 * without it (and without the copies of its story).
 */
class PresenceCvTest {
  static final int N = 40;

  /** p0..p39; regulation on even pages, competitiveness on every third; p0-p1 and p2-p3 copies. */
  static List<CodebookLabel> labels() {
    List<CodebookLabel> out = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      boolean reg = i % 2 == 0;
      boolean comp = i % 3 == 0;
      String dominant = reg ? (comp ? "both" : "regulation") : comp ? "competitiveness" : "neither";
      out.add(
          new CodebookLabel(
              "p" + i,
              true,
              Map.of("regulation", Optional.of(reg), "competitiveness", Optional.of(comp)),
              Optional.of(dominant)));
    }
    out.add(new CodebookLabel("listing", false, Map.of(), Optional.empty()));
    return out;
  }

  /** Labelled frames hit in 3 sentences with 2 terms; the others in 1 sentence with 1 term. */
  static Map<String, ArticleHits> hits(List<CodebookLabel> labels) {
    Map<String, ArticleHits> out = new LinkedHashMap<>();
    for (CodebookLabel l : labels.subList(0, N)) {
      List<SentenceFrames> s = new ArrayList<>();
      int reg = l.answer("regulation").orElseThrow() ? 3 : 1;
      int comp = l.answer("competitiveness").orElseThrow() ? 3 : 1;
      for (int i = 0; i < Math.max(reg, comp); i++) {
        List<FrameHit> h = new ArrayList<>();
        if (i < reg) {
          h.add(new FrameHit("regulation", 2, reg > 1 ? List.of("ban", "law") : List.of("ban")));
        }
        if (i < comp) {
          h.add(
              new FrameHit(
                  "competitiveness", 1, comp > 1 ? List.of("race", "rival") : List.of("race")));
        }
        s.add(new SentenceFrames(1 + i, h));
      }
      out.put(l.file(), new ArticleHits(12, 1, s));
    }
    return out;
  }

  static PresenceCv.Setup setup() {
    Map<String, String> questions = new LinkedHashMap<>();
    questions.put("regulation", "regulation");
    questions.put("competitiveness", "competitiveness");
    List<String> related = List.of("regulation", "competitiveness");
    return new PresenceCv.Setup(
        questions,
        List.of(
            PresenceSpecs.frame(
                "regulation",
                "regulation",
                Optional.of("competitiveness"),
                Optional.empty(),
                "counts",
                1.0,
                related),
            PresenceSpecs.frame(
                "competitiveness",
                "competitiveness",
                Optional.of("regulation"),
                Optional.empty(),
                "counts",
                1.0,
                related)),
        5,
        42,
        ThresholdRule.MAX_F1,
        FallbackRule.DEFAULT,
        Optional.empty(),
        DominantFrame.Rule.SCORE,
        "regulation",
        "competitiveness");
  }

  @Test
  void noArticleIsPredictedByAModelThatSawItOrACopyOfItsStory() {
    List<CodebookLabel> labels = labels();
    Map<String, ArticleHits> hits = hits(labels);
    Map<String, String> groups = Map.of("p0", "s0", "p1", "s0", "p2", "s1", "p3", "s1");
    List<Set<String>> trainedOn = Collections.synchronizedList(new ArrayList<>());
    PresenceCv.Fitter recording =
        (s, train, h) -> {
          Set<String> files = new HashSet<>();
          train.forEach(l -> files.add(l.file()));
          trainedOn.add(files);
          return PresenceCv.fit(s, train, h);
        };

    PresenceCv.Result r = PresenceCv.run(setup(), labels, hits, groups, recording);

    assertThat(trainedOn).as("one fit per fold").hasSize(5);
    assertThat(r.verdicts()).as("every article once, the listing page never").hasSize(N);
    assertThat(r.verdicts().stream().map(ArticleVerdict::file).distinct()).hasSize(N);
    // the folds are fitted concurrently, in any order: each fold's articles are exactly what one
    // fit did not train on
    Map<Integer, Set<String>> byFold = new HashMap<>();
    r.folds().forEach((file, fold) -> byFold.computeIfAbsent(fold, f -> new HashSet<>()).add(file));
    assertThat(byFold).hasSize(5);
    byFold.forEach(
        (fold, files) -> {
          Set<String> complement = new HashSet<>(r.folds().keySet());
          complement.removeAll(files);
          assertThat(trainedOn).as("the fit that predicted fold " + fold).contains(complement);
        });
    r.folds()
        .forEach(
            (file, fold) -> {
              String copy =
                  switch (file) {
                    case "p0" -> "p1";
                    case "p1" -> "p0";
                    case "p2" -> "p3";
                    case "p3" -> "p2";
                    default -> null;
                  };
              if (copy != null) {
                assertThat(r.folds().get(copy)).as("copies share a fold").isEqualTo(fold);
              }
            });
    assertThat(trainedOn)
        .as("each article trains every model but its own fold's")
        .allSatisfy(t -> assertThat(t).hasSizeBetween(N - N / 5 - 2, N - N / 5 + 2));
  }

  @Test
  void separableCountsAreRecoveredOutOfFoldAndTheSameSeedGivesTheSameVerdicts() {
    List<CodebookLabel> labels = labels();
    Map<String, ArticleHits> hits = hits(labels);

    PresenceCv.Result a = PresenceCv.run(setup(), labels, hits, Map.of());
    PresenceCv.Result b = PresenceCv.run(setup(), labels, hits, Map.of());
    FrameScores scores =
        FrameScorer.score(labels, a.verdicts(), List.of("regulation", "competitiveness"));

    assertThat(scores.questions().get("regulation").f1()).as("regulation F1").isEqualTo(1.0);
    assertThat(scores.questions().get("competitiveness").f1())
        .as("competitiveness F1")
        .isEqualTo(1.0);
    assertThat(scores.dominantCorrect())
        .as("dominant: both present -> higher score, not 'both'")
        .isEqualTo(
            N - (int) labels.stream().filter(l -> "both".equals(l.dominant().orElse(""))).count());
    assertThat(b.verdicts()).isEqualTo(a.verdicts());
  }

  @Test
  void fewerStoriesThanFoldsIsRefusedInWords() {
    List<CodebookLabel> labels = labels().subList(0, 6);
    // p0-p1 and p2-p3 are copies: 6 labelled pages, 4 stories, 5 folds
    Map<String, String> groups = Map.of("p1", "p0", "p3", "p2");

    assertThatThrownBy(() -> PresenceCv.run(setup(), labels, hits(labels()), groups))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "5-fold cross-validation needs at least 5 labelled articles (stories, copies counted"
                + " once); the labels hold 4: label more pages or lower --folds");
  }

  @Test
  void aFrameWithoutTwoPositivesCannotBeFittedAndSaysWhich() {
    List<CodebookLabel> labels = new ArrayList<>();
    for (CodebookLabel l : labels().subList(0, N)) {
      labels.add(
          new CodebookLabel(
              l.file(),
              true,
              Map.of("regulation", l.answer("regulation").orElseThrow(), "competitiveness", false)
                  .entrySet()
                  .stream()
                  .collect(Collectors.toMap(Map.Entry::getKey, e -> Optional.of(e.getValue()))),
              l.dominant()));
    }
    assertThatThrownBy(() -> PresenceCv.fit(setup(), labels, hits(labels())))
        .hasMessageContaining("Cannot fit frame 'competitiveness'")
        .hasMessageContaining("at least 2 positive");
  }

  @Test
  void aFoldThatCannotBeFittedFailsTheRunWithItsOwnException() {
    List<CodebookLabel> labels = labels();
    IllegalArgumentException tooFew = new IllegalArgumentException("fold too small");
    PresenceCv.Fitter failing =
        (s, train, h) -> {
          throw tooFew;
        };

    assertThatThrownBy(() -> PresenceCv.run(setup(), labels, hits(labels), Map.of(), failing))
        .as("not wrapped by the threads the folds are fitted on")
        .isSameAs(tooFew);
  }
}
