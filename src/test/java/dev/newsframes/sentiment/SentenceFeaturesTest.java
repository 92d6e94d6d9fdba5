package dev.newsframes.sentiment;

import static dev.newsframes.sentiment.SentimentFixtures.features;
import static dev.newsframes.sentiment.SentimentFixtures.tagged;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceFeaturesTest {
  @Test
  void negationScopeRunsToTheNextPunctuation() {
    SentenceFeatures f = features("Sales did n't grow in Europe , and profit rose .");
    assertThat(f.terms())
        .as("terms")
        .containsExactly(
            "sale", "did", "not", "NEG_grow", "NEG_in", "NEG_europe", "and", "profit", "rise");
  }

  @Test
  void negationScopeEndsAtAContrastingConjunction() {
    SentenceFeatures f = features("The company has no debt but pays no dividend");
    assertThat(f.terms())
        .as("terms")
        .containsExactly(
            "the", "company", "has", "no", "NEG_debt", "but", "pays", "no", "NEG_dividend");
  }

  @Test
  void negatedDirectionWordCountsAsTheOpposite() {
    assertThat(features("Profit did not rise .").cues())
        .as("profit did not rise")
        .contains("DOWN", "DOWN_GOOD", "BAD_NEWS")
        .doesNotContain("UP", "GOOD_NEWS");
  }

  @Test
  void entityMentionsAreMaskedByTypeOnce() {
    List<SentimentToken> tokens =
        List.of(
            tagged("Kestrel", "ORGANIZATION"),
            tagged("Foods", "ORGANIZATION"),
            tagged("opened", "O"),
            tagged("a", "O"),
            tagged("plant", "O"),
            tagged("in", "O"),
            tagged("Gdansk", "CITY"),
            tagged("in", "O"),
            tagged("March", "DATE"),
            tagged("2024", "DATE"));
    assertThat(SentenceFeatures.of(tokens).terms())
        .as("masked terms")
        .containsExactly(
            "<ORGANIZATION>", "opened", "a", "plant", "in", "<LOCATION>", "in", "<DATE>");
  }

  @Test
  void amountsAreMaskedWithCurrencyScaleAndPercent() {
    assertThat(features("Sales were EUR 13.1 mn , or 7.7 % of the total , and 1,200 units").terms())
        .as("EUR 13.1 mn is one money unit")
        .containsExactly(
            "sale",
            "were",
            "<MONEY>",
            "or",
            "<PERCENT>",
            "of",
            "the",
            "total",
            "and",
            "<NUMBER>",
            "units");
    assertThat(features("Sales doubled to EUR131m").terms())
        .as("currency and scale glued to the digits")
        .containsExactly("sale", "doubled", "to", "<MONEY>");
  }

  @Test
  void coreNlpTagsOfAnAmountAreMergedWithItsShape() {
    // As CoreNLP tags "EUR 2.1 million euros": EUR is O with tag $, the rest MONEY.
    List<SentimentToken> tokens =
        List.of(
            new SentimentToken("EUR", "eur", "$", "O"),
            new SentimentToken("2.1", "2.1", "CD", "MONEY"),
            new SentimentToken("million", "million", "CD", "MONEY"),
            new SentimentToken("euros", "euro", "NNS", "MONEY"));
    List<SentenceUnit> units = SentenceUnits.of(tokens);
    assertThat(units).as("one unit").hasSize(1);
    assertThat(units.get(0).kind()).as("kind").isEqualTo(SentenceUnit.Kind.MONEY);
    assertThat(units.get(0).value()).as("scaled value").isEqualTo(2.1e6);
  }

  @Test
  void directionWordNearAMeasureSaysWhetherItIsGoodNews() {
    assertThat(features("Operating profit rose to EUR 13.1 mn from EUR 8.7 mn .").cues())
        .as("profit rose")
        .contains("UP", "UP_AMOUNT", "UP_GOOD", "GOOD_NEWS", "NUM_UP", "NUM_UP_GOOD")
        .doesNotContain("BAD_NEWS");
    assertThat(features("The operating loss narrowed to EUR 1.2 mn from EUR 4.5 mn .").cues())
        .as("loss narrowed")
        .contains("DOWN", "DOWN_BAD", "NUM_DOWN_BAD", "GOOD_NEWS")
        .doesNotContain("BAD_NEWS");
    assertThat(features("Costs rose by EUR 5 mn .").cues())
        .as("costs rose")
        .contains("UP_BAD", "BAD_NEWS");
  }

  @Test
  void comparedAmountsGiveTheDirectionWithoutADirectionWord() {
    assertThat(features("Net sales totalled EUR 61 mn compared with EUR 70 mn .").cues())
        .as("61 compared with 70")
        .containsExactly("NUM_DOWN", "NUM_DOWN_GOOD", "BAD_NEWS");
    assertThat(features("Headcount went from 1,100 to 1,250 people .").cues())
        .as("from 1,100 to 1,250")
        .containsExactly("NUM_UP");
  }

  @Test
  void upToIsNoDirection() {
    assertThat(features("The order is worth up to EUR 5 mn .").cues()).as("up to").isEmpty();
  }

  @Test
  void columnsJoinTermsAndCuesWithSpaces() {
    SentenceFeatures f = features("Profit rose .");
    assertThat(f.columns("positive"))
        .as("classifier columns")
        .containsExactly("positive", "profit rise", "UP UP_GOOD GOOD_NEWS");
  }
}
