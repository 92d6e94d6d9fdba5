package dev.newsframes.sentiment.target;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.newsframes.trends.presence.SentenceClassifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceStatesTest {
  private static final List<String> TEXTS =
      List.of(
          "The United States must stay ahead of China in artificial intelligence.",
          "Regulators will require safety testing before release.",
          "The company reported higher quarterly sales.",
          "Congress held a hearing on chips.",
          "Beijing announced new subsidies for its chipmakers.");

  @Test
  void encodingOnSeveralThreadsGivesEachTextItsOwnStateInOrder() {
    SentenceStates states = SentenceStates.of(SentenceClassifier.DEFAULT_SOURCE);
    List<float[]> alone = states.encode(TEXTS);
    List<float[]> pooled = states.encode(TEXTS, 2);

    assertEquals(TEXTS.size(), pooled.size());
    for (int i = 0; i < TEXTS.size(); i++) {
      assertArrayEquals(alone.get(i), pooled.get(i), 0f, "text " + i);
    }
    // the texts differ, so equal order means the states are not all one vector
    assertFalse(Arrays.equals(pooled.get(0), pooled.get(1)));
  }
}
