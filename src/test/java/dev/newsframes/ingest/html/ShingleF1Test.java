package dev.newsframes.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsframes.ingest.html.ShingleF1.PageMatch;
import dev.newsframes.ingest.html.ShingleF1.Summary;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleF1Test {
  private static final double EPS = 1e-12;

  @Test
  void tokenizesLikePythonWordRegex() {
    // Python: re.findall(r'\w+', ...) on the same string; combining marks split words
    assertThat(ShingleF1.tokens("naïve café_1 ² x ½ cafe\u0301s ٣٤ 中文字 l'été—ok"))
        .as("tokens of a mixed-script string")
        .containsExactly(
            "naïve", "café_1", "²", "x", "½", "cafe", "s", "٣٤", "中文字", "l", "été", "ok");
    assertThat(ShingleF1.tokens(null)).as("null text").isEmpty();
  }

  @Test
  void shortTextIsOneShorterShingle() {
    assertThat(ShingleF1.shingles("Hello world", 4))
        .as("two tokens make one two-word shingle")
        .isEqualTo(Map.of(List.of("Hello", "world"), 1));
    assertThat(ShingleF1.shingles(" ,. ", 4)).as("no tokens, no shingles").isEmpty();
  }

  @Test
  void partialPredictionIsPreciseButMissesRecall() {
    // truth shingles {abcd, bcde}; prediction {abcd}: tp=1 fp=0 fn=1, normalised by 2
    PageMatch m = ShingleF1.match("a b c d e", "a b c d");
    assertThat(m.tp()).as("tp").isCloseTo(0.5, within(EPS));
    assertThat(m.fn()).as("fn").isCloseTo(0.5, within(EPS));
    assertThat(m.precision()).as("precision").isEqualTo(1.0);
    assertThat(m.recall()).as("recall").isCloseTo(0.5, within(EPS));
    assertThat(m.tokensEqual()).as("accuracy").isFalse();
  }

  @Test
  void repeatedShinglesCountAsMultiset() {
    // truth {abcd:2, bcda, cdab, dabc}; prediction {abcd:1}: tp=1 fn=4 -> 0.2 / 0.8
    PageMatch m = ShingleF1.match("a b c d a b c d", "a b c d");
    assertThat(m.tp()).as("tp").isCloseTo(0.2, within(EPS));
    assertThat(m.fn()).as("fn").isCloseTo(0.8, within(EPS));
    assertThat(m.recall()).as("recall").isCloseTo(0.2, within(EPS));
  }

  @Test
  void caseMatters() {
    PageMatch m = ShingleF1.match("Hello world", "hello world");
    assertThat(m.precision()).as("precision of a case-changed prediction").isZero();
    assertThat(m.fp()).as("fp").isCloseTo(0.5, within(EPS));
  }

  @Test
  void identicalTokensAreExactWhateverTheWhitespace() {
    PageMatch m = ShingleF1.match("One two,\n\nthree four five.", "One two three  four five");
    assertThat(m.precision()).as("precision").isEqualTo(1.0);
    assertThat(m.recall()).as("recall").isEqualTo(1.0);
    assertThat(m.tokensEqual()).as("accuracy").isTrue();
  }

  @Test
  void emptyPredictionCountsOnlyAgainstRecall() {
    PageMatch empty = ShingleF1.match("one two three four five", "");
    assertThat(empty.tp() + empty.fp()).as("no predicted shingles").isZero();
    assertThat(empty.recall()).as("recall of empty prediction").isZero();

    Summary s =
        ShingleF1.summarize(
            List.of(
                ShingleF1.match("a b c d e", "a b c d"),
                empty,
                ShingleF1.match("a b c d a b c d", "a b c d")));
    // precision over pages 1 and 3 only: (1 + 1) / 2; recall over all three: (0.5 + 0 + 0.2) / 3
    assertThat(s.precision()).as("mean precision").isCloseTo(1.0, within(EPS));
    assertThat(s.recall()).as("mean recall").isCloseTo(0.7 / 3, within(EPS));
    assertThat(s.f1()).as("F1 of the means").isCloseTo(0.37837837837837834, within(EPS));
    assertThat(s.pages()).as("pages").isEqualTo(3);
  }

  @Test
  void emptyTruthCountsOnlyAgainstPrecision() {
    PageMatch m = ShingleF1.match("", "a b");
    assertThat(m.fp()).as("fp").isEqualTo(1.0);
    Summary s = ShingleF1.summarize(List.of(m, ShingleF1.match("a b c d", "a b c d")));
    assertThat(s.precision()).as("precision (0 + 1) / 2").isCloseTo(0.5, within(EPS));
    assertThat(s.recall()).as("recall over the page with truth only").isEqualTo(1.0);
    assertThat(ShingleF1.match("", "").tokensEqual()).as("both empty are equal").isTrue();
  }
}
