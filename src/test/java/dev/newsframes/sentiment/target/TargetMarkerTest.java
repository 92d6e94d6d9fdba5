package dev.newsframes.sentiment.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TargetMarkerTest {
  private static final String SENTENCE =
      "Critics slammed Smith for the failed policy, while voters praised Jones for her leadership.";
  private static final TargetInput SMITH = at("Smith");
  private static final TargetInput JONES = at("Jones");

  private static TargetInput at(String mention) {
    int from = SENTENCE.indexOf(mention);
    return new TargetInput(SENTENCE, from, from + mention.length());
  }

  @Test
  void bracketsWrapTheTargetAndKeepItsSpan() {
    TargetMarker.Marked m = new TargetMarker(TargetMarker.Marking.BRACKETS).mark(SMITH);
    assertThat(m.text()).as("marked text").contains("slammed [ Smith ] for");
    assertThat(m.text().substring(m.from(), m.to())).as("span in marked text").isEqualTo("Smith");
  }

  @Test
  void twoTargetsOfOneSentenceGiveTwoInputs() {
    for (TargetMarker.Marking marking : TargetMarker.Marking.values()) {
      TargetMarker marker = new TargetMarker(marking);
      assertThat(marker.mark(SMITH))
          .as("%s: Smith vs Jones", marking)
          .isNotEqualTo(marker.mark(JONES));
    }
    TargetMarker.Marked pair = new TargetMarker(TargetMarker.Marking.PAIR).mark(JONES);
    assertThat(pair.second()).as("second segment of PAIR").contains("Jones");
  }

  @Test
  void plainMarkingPoolsEachTargetFromItsOwnTokens() throws Exception {
    FeatureSource source = FeatureSource.parse("minilm-l6-q:plain:target");
    List<TokenStates> states =
        SharedEncoders.of(source, 128)
            .encode(
                List.of(
                    new TargetMarker(TargetMarker.Marking.PLAIN).mark(SMITH),
                    new TargetMarker(TargetMarker.Marking.PLAIN).mark(JONES)));
    assertThat(states.get(0).states())
        .as("one encoder run shared by both targets")
        .isSameAs(states.get(1).states());
    assertThat(states.get(0).targetStart()).as("Smith's first token").isEqualTo(3);
    assertThat(states.get(1).targetStart()).as("Jones's first token").isGreaterThan(8);
    float[] smith = TargetPooling.features(states.get(0), source.parts());
    float[] jones = TargetPooling.features(states.get(1), source.parts());
    assertThat(smith).as("pooled Smith vs Jones").isNotEqualTo(jones);
  }
}
