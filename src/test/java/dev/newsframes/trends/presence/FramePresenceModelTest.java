package dev.newsframes.trends.presence;

import static dev.newsframes.trends.presence.Fixtures.counts;
import static dev.newsframes.trends.presence.Fixtures.hit;
import static dev.newsframes.trends.presence.Fixtures.sentence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FramePresenceModelTest {
  /** score = sigmoid(-2 + 2 * log(1 + sentences)): present from 2 sentences at threshold 0.5. */
  private static final FrameModel MODEL =
      new FrameModel(
          "f",
          Optional.empty(),
          List.of("log_sentences"),
          new LogisticRegression.Fit(new double[] {0}, new double[] {1}, -2, new double[] {2}),
          0.5);

  @Test
  void theFallbackRuleNeedsBothMinimums() {
    FallbackRule rule = new FallbackRule(2, 2);

    assertThat(rule.present(counts(1, 1))).as("one sentence, one term").isFalse();
    assertThat(rule.present(counts(3, 1))).as("three sentences of one term").isFalse();
    assertThat(rule.present(counts(1, 2))).as("one sentence of two terms").isFalse();
    assertThat(rule.present(counts(2, 2))).as("two sentences, two terms").isTrue();
    assertThat(rule.score(counts(1, 2))).as("half-way in sentences").isEqualTo(0.5);
    assertThat(rule.score(counts(5, 4))).as("capped at 1").isEqualTo(1.0);
    assertThat(FallbackRule.ANY_HIT.present(counts(1, 1))).as("the old rule").isTrue();
  }

  @Test
  void theModelScoresWithItsCoefficientsAndThreshold() {
    ArticleHits one = new ArticleHits(20, 1, List.of(sentence(4, hit("f", "x"))));
    ArticleHits two =
        new ArticleHits(20, 1, List.of(sentence(4, hit("f", "x")), sentence(9, hit("f", "y"))));

    assertThat(MODEL.score(one, counts(1, 1)))
        .isCloseTo(1 / (1 + Math.exp(2 - 2 * Math.log(2))), within(1e-12));
    assertThat(MODEL.score(two, counts(2, 1)))
        .isCloseTo(1 / (1 + Math.exp(2 - 2 * Math.log(3))), within(1e-12));
  }

  @Test
  void namedInputsCountOtherFramesAndTermsToo() {
    ArticleHits article =
        new ArticleHits(
            20,
            1,
            List.of(
                sentence(2, hit("f", "china", "ai race"), hit("political", "congress")),
                sentence(5, hit("f", "china")),
                sentence(7, hit("political", "senate"))));
    ArticleFrameFeatures counts =
        ArticleFrameFeatures.of(article, "f", Optional.empty(), Optional.empty());

    assertThat(
            PresenceInputs.vector(
                List.of(
                    "log_sentences",
                    "frame:political",
                    "term:china",
                    "term:ai race",
                    "term:x",
                    "frame:none"),
                article,
                counts))
        .containsExactly(Math.log1p(2), Math.log1p(2), Math.log1p(2), Math.log1p(1), 0, 0);
    assertThat(PresenceInputs.problem("nonsense")).isPresent();
    assertThat(PresenceInputs.problem("term:")).as("a prefix alone").isPresent();
    assertThat(PresenceInputs.frequentTerms(List.of(article, article), "f", 2))
        .containsExactly("term:ai race", "term:china");
  }

  @Test
  void framesWithAModelUseItAndTheOthersFallBack() {
    FramePresenceModel model =
        new FramePresenceModel(Map.of("f", MODEL), new FallbackRule(1, 2), Optional.empty());
    ArticleHits oneSentence =
        new ArticleHits(20, 1, List.of(sentence(4, hit("f", "x", "y"), hit("g", "x", "y"))));
    ArticleHits twoSentences =
        new ArticleHits(20, 1, List.of(sentence(4, hit("f", "x")), sentence(5, hit("f", "x"))));

    assertThat(model.presence(oneSentence, "f"))
        .as("sigmoid(-2 + 2 log 2) = 0.35 < 0.5")
        .extracting(Presence::present, Presence::method)
        .containsExactly(false, Presence.Method.MODEL);
    assertThat(model.presence(twoSentences, "f").present())
        .as("sigmoid(-2 + 2 log 3) = 0.55")
        .isTrue();
    assertThat(model.presence(oneSentence, "g"))
        .as("no model for g: one sentence with two terms passes (1, 2)")
        .isEqualTo(new Presence("g", true, 1.0, Presence.Method.FALLBACK));
  }

  @Test
  void anArticleWithoutAHitIsNeverPresentWhateverTheScore() {
    FrameModel eager =
        new FrameModel(
            "f",
            Optional.empty(),
            List.of("log_article_sentences"),
            new LogisticRegression.Fit(new double[] {0}, new double[] {1}, 5, new double[] {1}),
            0.5);
    FramePresenceModel model =
        new FramePresenceModel(Map.of("f", eager), FallbackRule.DEFAULT, Optional.empty());

    Presence p = model.presence(new ArticleHits(20, 1, List.of()), "f");

    assertThat(p.score()).as("the score says yes").isGreaterThan(0.99);
    assertThat(p.present()).as("but there is no evidence sentence").isFalse();
  }

  @Test
  void dominantOfTwo() {
    Presence reg = new Presence("regulation", true, 0.9, Presence.Method.MODEL);
    Presence comp = new Presence("competitiveness", true, 0.6, Presence.Method.MODEL);
    Presence compAbsent = new Presence("competitiveness", false, 0.2, Presence.Method.MODEL);
    Presence regAbsent = new Presence("regulation", false, 0.1, Presence.Method.MODEL);
    ArticleFrameFeatures two = counts(2, 2);
    ArticleFrameFeatures four = counts(4, 2);

    assertThat(DominantFrame.of(reg, two, comp, four, DominantFrame.Rule.SCORE))
        .isEqualTo("regulation");
    assertThat(DominantFrame.of(reg, two, comp, four, DominantFrame.Rule.SENTENCES))
        .isEqualTo("competitiveness");
    assertThat(DominantFrame.of(reg, two, compAbsent, four, DominantFrame.Rule.SENTENCES))
        .as("only one present")
        .isEqualTo("regulation");
    assertThat(DominantFrame.of(regAbsent, two, compAbsent, four, DominantFrame.Rule.SCORE))
        .isEqualTo("neither");
    assertThat(
            DominantFrame.of(
                reg,
                two,
                new Presence("competitiveness", true, 0.9, Presence.Method.MODEL),
                two,
                DominantFrame.Rule.SCORE))
        .as("an exact tie")
        .isEqualTo("both");
  }
}
