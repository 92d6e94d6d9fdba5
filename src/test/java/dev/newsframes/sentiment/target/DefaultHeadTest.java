package dev.newsframes.sentiment.target;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.testing.Corpora;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The head shipped in the jar: it loads from the classpath and scores as NOTES says. */
class DefaultHeadTest {
  @Test
  void shippedHeadReadsTwoTargetsOfOneSentence() {
    TargetSentimentModel model = TargetSentimentModel.shared();
    String s =
        "Protesters denounced Scott as a fraud, while Baker won praise for her fair handling of the crisis.";
    int scott = s.indexOf("Scott");
    int baker = s.indexOf("Baker");
    List<TargetPolarity> p =
        model.predict(
            List.of(new TargetInput(s, scott, scott + 5), new TargetInput(s, baker, baker + 5)));
    assertThat(p.get(0).label()).as("Scott: " + p.get(0)).isEqualTo(TargetLabel.NEGATIVE);
    assertThat(p.get(1).label()).as("Baker: " + p.get(1)).isEqualTo(TargetLabel.POSITIVE);
  }

  @Test
  void shippedHeadOnNewsMtscDevRealWorld() throws Exception {
    List<LabelledTarget> dev =
        NewsMtscReader.read(Corpora.require("nlp/newsmtsc").resolve("dev-rw.jsonl"));
    TargetScores s = TargetSentimentTrainer.evaluate(TargetSentimentModel.shared(), dev);
    // docs/entity-sentiment.md reports the measured figure; this guards against regressions
    assertThat(s.macroF1()).as("dev-rw " + s.summary()).isGreaterThan(0.70);
  }
}
