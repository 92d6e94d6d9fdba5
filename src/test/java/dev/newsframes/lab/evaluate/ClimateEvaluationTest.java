package dev.newsframes.lab.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.FrameHit;
import dev.newsframes.trends.presence.PresenceFitter;
import dev.newsframes.trends.presence.SentenceFrames;
import dev.newsframes.trends.presence.ThresholdRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClimateEvaluationTest {
  static SentenceFrames economic(int index, String term) {
    return new SentenceFrames(index, List.of(new FrameHit("economic", 1, List.of(term))));
  }

  static Map<String, Boolean> economicAnswer(boolean answer) {
    return Map.of("RE", false, "CO", false, "EC", answer, "HI", false, "MO", false);
  }

  @Test
  void eachMethodIsScoredOnTheMappedFrame() {
    List<Map<String, Boolean>> answers = new ArrayList<>();
    List<ArticleHits> hits = new ArrayList<>();
    for (int copy = 0; copy < 3; copy++) {
      // two economic sentences with two terms: present by the fallback rule; coded economic
      hits.add(new ArticleHits(5, 0, List.of(economic(1, "cost"), economic(3, "job"))));
      answers.add(economicAnswer(true));
      // one hit: present by any hit only; not coded economic
      hits.add(new ArticleHits(5, 0, List.of(economic(2, "cost"))));
      answers.add(economicAnswer(false));
      // no hit, coded economic; no hit, not coded
      hits.add(new ArticleHits(5, 0, List.of()));
      answers.add(economicAnswer(true));
      hits.add(new ArticleHits(5, 0, List.of()));
      answers.add(economicAnswer(false));
    }

    ClimateEvaluation e =
        ClimateEvaluation.of(
            answers,
            hits,
            PresenceSpecs.TOPIC_COUNTS,
            new PresenceFitter.Options(1.0, 2, 42, ThresholdRule.MAX_F1));

    assertThat(e.frames())
        .extracting(ClimateEvaluation.Frame::lexiconFrame)
        .containsExactlyElementsOf(ClimateLabels.MAPPING.values());
    ClimateEvaluation.Frame ec = e.frames().get(2);
    assertThat(ec.column()).isEqualTo("EC");
    // yes everywhere, fallback 2,2, any hit
    assertThat(ec.scores().subList(0, 3))
        .containsExactly(
            new BinaryScore("EC", 6, 6, 0, 0, 0),
            new BinaryScore("EC", 3, 0, 3, 6, 0),
            new BinaryScore("EC", 3, 3, 3, 3, 0));
    assertThat(ec.scores().get(3).scored()).isEqualTo(12);
    // a frame nobody coded and nothing hits: no positives, every method but yes is all negatives
    ClimateEvaluation.Frame moral = e.frames().get(4);
    assertThat(moral.scores().get(1)).isEqualTo(new BinaryScore("MO", 0, 0, 0, 12, 0));
    assertThat(moral.scores().get(3)).as("no model fits without positives").isNull();
    assertThat(e.table())
        .contains("EC   economic")
        .contains("0.667 / 25.0%")
        .contains("0.500 / 50.0%")
        .contains("too few to fit");
  }
}
