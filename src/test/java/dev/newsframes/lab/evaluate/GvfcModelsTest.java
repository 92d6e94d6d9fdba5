package dev.newsframes.lab.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GvfcModelsTest {
  private static GvfcHeadline h(int theme, List<String> lemmas, Map<String, Integer> hits) {
    return new GvfcHeadline(theme, lemmas, hits);
  }

  // politics twice, economic consequences once; "gun" in every headline
  private static final List<GvfcHeadline> TRAIN =
      List.of(
          h(3, List.of("trump", "gun"), Map.of("politics", 1)),
          h(3, List.of("senate", "gun"), Map.of("politics", 1)),
          h(9, List.of("stock", "gun"), Map.of("economic_consequences", 1)));

  @Test
  void naiveBayesFollowsTheLemmasAndSmoothing() {
    // vocabulary of 4 lemmas; "stock": P(9) 2/12 * P(stock|9) 2/6 = 1/18 against P(3) 3/12 *
    // P(stock|3) 1/8 = 1/32 and 1/48 for frames never seen; "trump": 1/16 (3) against 1/36 (9)
    List<GvfcHeadline> test =
        List.of(h(9, List.of("stock"), Map.of()), h(3, List.of("trump"), Map.of()));
    assertThat(GvfcModels.naiveBayes(TRAIN, test)).containsExactly(9, 3);
  }

  @Test
  void lexiconHitsAreWordsThatCarryUnseenHeadlines() {
    GvfcHeadline rally = h(9, List.of("rally"), Map.of("economic_consequences", 1));
    assertThat(GvfcModels.naiveBayes(TRAIN, List.of(rally)))
        .as("no known lemma: the prior (politics) decides")
        .containsExactly(3);
    // frame:economic_consequences: 2/12 * 2/8 = 1/24 (9) against 3/12 * 1/9 = 1/36 (3)
    assertThat(
            GvfcModels.naiveBayes(
                TRAIN, List.of(rally), List.of("politics", "economic_consequences")))
        .containsExactly(9);
  }

  @Test
  void mappingRuleTakesTheMostHitFrameThenThePrior() {
    Map<Integer, String> mapping = Map.of(3, "politics", 9, "economic_consequences");
    List<GvfcHeadline> test =
        List.of(
            h(1, List.of(), Map.of("economic_consequences", 1)),
            h(1, List.of(), Map.of()),
            h(1, List.of(), Map.of("politics", 1, "economic_consequences", 1)),
            h(1, List.of(), Map.of("politics", 1, "economic_consequences", 2)),
            h(1, List.of(), Map.of("gun_rights", 5)));
    assertThat(GvfcModels.mappingRule(TRAIN, test, mapping))
        .as("hit, none (majority), tie (prior), most hits, unmapped frame (majority)")
        .containsExactly(9, 3, 3, 9, 3);
  }

  @Test
  void scoresMicroAsAccuracyAndMacroOverNineFrames() {
    List<GvfcHeadline> gold =
        List.of(
            h(1, List.of(), Map.of()),
            h(1, List.of(), Map.of()),
            h(2, List.of(), Map.of()),
            h(3, List.of(), Map.of()));
    GvfcModels.Score s = GvfcModels.score(gold, new int[] {1, 2, 2, 2});
    assertThat(s.micro()).isEqualTo(0.5);
    // F1: frame 1 = 2/3, frame 2 = 2*1/(2+2+0) = 1/2, frame 3 = 0, frames 4-9 = 0
    assertThat(s.macro()).isCloseTo((2.0 / 3 + 0.5) / 9, within(1e-12));
    assertThat(s.headlines()).isEqualTo(4);
  }

  @Test
  void crossValidationPredictsEveryHeadlineOnceFromTheOtherFolds() {
    List<GvfcHeadline> data = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      data.add(h(i % 2 == 0 ? 3 : 9, List.of("w" + i), Map.of()));
    }
    Set<GvfcHeadline> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    int[] predicted =
        GvfcModels.crossValidate(
            data,
            5,
            42,
            (train, test) -> {
              assertThat(train).as("train and test apart").doesNotContainAnyElementsOf(test);
              assertThat(train.size() + test.size()).isEqualTo(10);
              test.forEach(t -> assertThat(seen.add(t)).as("predicted once").isTrue());
              return test.stream().mapToInt(GvfcHeadline::theme).toArray();
            });
    assertThat(seen).hasSize(10);
    assertThat(GvfcModels.score(data, predicted).micro()).isEqualTo(1.0);
  }

  @Test
  void mappingPrefersTheGunLexiconsFrameAndLeavesOutUnansweredOnes() {
    assertThat(GvfcModels.mapping(List.of("political", "politics", "economic", "regulation")))
        .containsExactlyInAnyOrderEntriesOf(Map.of(3, "politics", 9, "economic"));
  }

  @Test
  void sentenceVectorsPickTheFrameWhoseHeadlinesPointTheSameWay() {
    // three frames, each along one axis of a 3-d space, spread a little towards the next axis
    float[][] axes = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    int[] themes = {2, 5, 9};
    List<GvfcHeadline> train = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      for (int i = 0; i < 6; i++) {
        float[] v = axes[c].clone();
        v[(c + 1) % 3] = 0.05f * i;
        train.add(h(themes[c], List.of(), Map.of()).withVector(v));
      }
    }
    List<GvfcHeadline> test =
        List.of(
            h(5, List.of(), Map.of()).withVector(new float[] {0.1f, 0.9f, 0.1f}),
            h(9, List.of(), Map.of()).withVector(new float[] {0.2f, 0, 0.8f}),
            h(2, List.of(), Map.of()).withVector(new float[] {0.7f, 0.3f, 0}));
    assertThat(GvfcModels.sentenceVectors(train, test, 1.0)).containsExactly(5, 9, 2);
  }

  @Test
  void sentenceVectorsRefuseAHeadlineWithoutOne() {
    assertThatThrownBy(() -> GvfcModels.sentenceVectors(TRAIN, TRAIN, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("headline 1 has no sentence vector");
  }
}
