package dev.newsframes.cli.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceInputsTest {
  static final List<String> SENTENCES =
      List.of(
          "Chips race heats up",
          "The U.S. wants to stay ahead of China in AI.",
          "It said so.",
          "Beijing answered with subsidies for its chipmakers.");

  @Test
  void aQuoteMatchesTheSentencesItContainsOrLiesInIgnoringCaseAndPunctuation() {
    assertThat(SentenceInputs.matching("the US wants to stay ahead of China", SENTENCES))
        .as("inside one sentence (U.S. folds to 'u s', not 'us')")
        .isEmpty();
    assertThat(SentenceInputs.matching("The U.S. wants to stay ahead of China", SENTENCES))
        .containsExactly(1);
    assertThat(
            SentenceInputs.matching(
                "\u201cthe u.s. wants to stay ahead of china in ai. it said so. Beijing answered"
                    + " with subsidies for its chipmakers\u201d",
                SENTENCES))
        .as("across sentences; 'It said so.' is too short to count")
        .containsExactly(1, 3);
    assertThat(SentenceInputs.matching("nothing like it", SENTENCES)).isEmpty();
  }
}
