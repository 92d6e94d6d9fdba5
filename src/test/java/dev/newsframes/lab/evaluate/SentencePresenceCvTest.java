package dev.newsframes.lab.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.DominantFrame;
import dev.newsframes.trends.presence.FallbackRule;
import dev.newsframes.trends.presence.FrameHit;
import dev.newsframes.trends.presence.FrameModel;
import dev.newsframes.trends.presence.FramePresenceModel;
import dev.newsframes.trends.presence.QuotedArticle;
import dev.newsframes.trends.presence.SentenceClassifier;
import dev.newsframes.trends.presence.SentenceFrames;
import dev.newsframes.trends.presence.ThresholdRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Presence models with a sentence classifier, fitted and cross-validated: articles whose lexicon
 * counts are all alike and whose frame shows only in the state of one sentence.
 */
class SentencePresenceCvTest {
  static final int N = 60;
  static final String REG = "regulation";
  static final String COMP = "competitiveness";

  /** Competitiveness on every third page, regulation on even pages. */
  static List<CodebookLabel> labels() {
    List<CodebookLabel> out = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      out.add(
          new CodebookLabel(
              "p" + i,
              true,
              Map.of(REG, Optional.of(i % 2 == 0), COMP, Optional.of(i % 3 == 0)),
              Optional.empty()));
    }
    return out;
  }

  /**
   * A 4-dimensional state: sentence 1 of a competitiveness page points along axis 0, of any other
   * page along axis 1; the other sentences along axis 2; a small per-page wobble on axis 3.
   */
  static float[] state(int page, int sentence) {
    float w = (page % 7) / 10f;
    if (sentence != 1) {
      return new float[] {0, 0, 1, w};
    }
    return page % 3 == 0 ? new float[] {1, 0, 0, w} : new float[] {0, 1, 0, w};
  }

  /**
   * Every page hits both frames once, in sentence 2, with one term; sentences 1 and 2 have
   * mentions.
   */
  static Map<String, ArticleHits> hits() {
    Map<String, ArticleHits> out = new LinkedHashMap<>();
    for (int i = 0; i < N; i++) {
      List<FrameHit> h =
          List.of(new FrameHit(REG, 1, List.of("law")), new FrameHit(COMP, 1, List.of("race")));
      out.put(
          "p" + i,
          new ArticleHits(
              4, 1, List.of(new SentenceFrames(2, h)), List.of(state(i, 1), state(i, 2))));
    }
    return out;
  }

  /** All four sentences' states; competitiveness pages quote sentence 1. */
  static Map<String, QuotedArticle> quoted() {
    Map<String, QuotedArticle> out = new LinkedHashMap<>();
    for (int i = 0; i < N; i++) {
      float[][] s = new float[4][];
      for (int j = 0; j < 4; j++) {
        s[j] = state(i, j);
      }
      out.put("p" + i, new QuotedArticle(s, i % 3 == 0 ? Map.of(COMP, Set.of(1)) : Map.of()));
    }
    return out;
  }

  /** Competitiveness reads {@code compInputs}; no sentence states or quotes yet. */
  static PresenceCv.Setup base(String compInputs) {
    Map<String, String> questions = new LinkedHashMap<>();
    questions.put(REG, REG);
    questions.put(COMP, COMP);
    List<String> related = List.of(REG, COMP);
    return new PresenceCv.Setup(
        questions,
        List.of(
            PresenceSpecs.frame(
                REG, REG, Optional.of(COMP), Optional.empty(), "counts", 1.0, related),
            PresenceSpecs.frame(
                COMP, COMP, Optional.of(REG), Optional.empty(), compInputs, 1.0, related)),
        5,
        42,
        ThresholdRule.MAX_F1,
        FallbackRule.DEFAULT,
        Optional.empty(),
        DominantFrame.Rule.SCORE,
        REG,
        COMP);
  }

  static PresenceCv.Setup setup(String compInputs) {
    return base(compInputs).withSentences(SentenceClassifier.DEFAULT_SOURCE, quoted());
  }

  static double compF1(PresenceCv.Setup s) {
    List<CodebookLabel> labels = labels();
    PresenceCv.Result r = PresenceCv.run(s, labels, hits(), Map.of());
    return FrameScorer.score(labels, r.verdicts(), List.of(REG, COMP)).questions().get(COMP).f1();
  }

  @Test
  void theSentenceClassifierFindsWhatTheCountsCannotSeeInCrossValidation() {
    assertThat(setup("counts+sentences").readsSentences()).isTrue();
    assertThat(compF1(setup("counts+sentences"))).as("with sentence inputs").isEqualTo(1.0);
    assertThat(compF1(setup("counts"))).as("counts alone: every page looks alike").isLessThan(0.6);
  }

  @Test
  void theFittedModelCarriesItsClassifierAndScoresFromTheMentionedSentences() {
    FramePresenceModel m = PresenceCv.fit(setup("counts+sentences"), labels(), hits());
    FrameModel comp = m.model(COMP).orElseThrow();
    assertThat(comp.features()).endsWith(SentenceClassifier.MAX, SentenceClassifier.TOP3);
    assertThat(comp.sentences()).isPresent();
    assertThat(m.model(REG).orElseThrow().sentences()).isEmpty();
    assertThat(m.stateSource()).contains(SentenceClassifier.DEFAULT_SOURCE);
    assertThat(m.framesWithSentences()).containsExactly(COMP);
    ArticleHits page3 = hits().get("p3");
    ArticleHits page4 = hits().get("p4");
    assertThat(m.presence(page3, COMP).present()).isTrue();
    assertThat(m.presence(page4, COMP).present()).isFalse();
    // without its states the page reads as one without a mentioned sentence: the intercept
    assertThat(m.presence(page3.withStates(List.of()), COMP).score())
        .isLessThan(m.presence(page3, COMP).score());
  }

  @Test
  void sentenceInputsWithoutStatesOrQuotesAreRefusedWithTheReason() {
    PresenceCv.Setup noStates = base("counts+sentences");
    assertThatThrownBy(() -> PresenceCv.fit(noStates, labels(), hits()))
        .hasMessageContaining("Cannot fit frame 'competitiveness'")
        .hasMessageContaining("states");
    PresenceCv.Setup noQuotes =
        setup("counts+sentences").withSentences(SentenceClassifier.DEFAULT_SOURCE, Map.of());
    assertThatThrownBy(() -> PresenceCv.fit(noQuotes, labels(), hits()))
        .hasMessageContaining("found 0 quoted");
  }
}
