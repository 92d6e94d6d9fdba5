package dev.newsframes.lab.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsframes.sentiment.LabelledSentence;
import dev.newsframes.sentiment.Polarity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SentimentDatasetsTest {
  @Test
  void fpbSplitsAtTheLastAtSign() {
    List<LabelledSentence> s =
        SentimentDatasets.parseFpb(
            "Mail info@example.com for more .@neutral\nProfit rose .@positive\n", "f");
    assertThat(s).as("two sentences").hasSize(2);
    assertThat(s.get(0).text())
        .as("@ inside the sentence")
        .isEqualTo("Mail info@example.com for more .");
    assertThat(s.get(1).polarity()).as("label").isEqualTo(Polarity.POSITIVE);
    assertThat(s.get(1).id()).as("line number id").isEqualTo("2");
  }

  @Test
  void fpbBadLabelNamesLine() {
    assertThatThrownBy(() -> SentimentDatasets.parseFpb("ok .@neutral\nno label here\n", "fpb.txt"))
        .as("line without label")
        .hasMessageContaining("fpb.txt line 2");
  }

  @Test
  void latin1FileIsDecodedWhenNotUtf8() {
    byte[] latin1 =
        "Sepp\u00e4l\u00e4 's sales rose .@positive".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(SentimentDatasets.decode(latin1))
        .as("latin-1 fallback")
        .startsWith("Sepp\u00e4l\u00e4");
    byte[] utf8 = "Sepp\u00e4l\u00e4".getBytes(StandardCharsets.UTF_8);
    assertThat(SentimentDatasets.decode(utf8)).as("utf-8").isEqualTo("Sepp\u00e4l\u00e4");
  }

  @Test
  void semevalTitlesWithScoresAndSignPolarity() {
    String json =
        "[{\"id\": 2, \"company\": \"M\", \"title\": \"M sales grow\", \"sentiment\": 0.43},"
            + "{\"id\": 3, \"title\": \"I warns\", \"sentiment\": -0.344},"
            + "{\"id\": 4, \"title\": \"X holds\", \"sentiment\": 0}]";
    List<LabelledSentence> s =
        SentimentDatasets.parseSemeval(json.getBytes(StandardCharsets.UTF_8), "h");
    assertThat(s)
        .extracting(LabelledSentence::polarity)
        .as("polarities")
        .containsExactly(Polarity.POSITIVE, Polarity.NEGATIVE, Polarity.NEUTRAL);
    assertThat(s.get(1).score()).as("score").contains(-0.344);
    assertThat(s.get(0).id()).as("id").isEqualTo("2");
  }

  @Test
  void subsampleIsDeterministicKeepsInputOrderAndSize() {
    List<LabelledSentence> all =
        IntStream.range(0, 100)
            .mapToObj(
                i -> new LabelledSentence("" + i, "t" + i, Polarity.NEUTRAL, Optional.empty()))
            .toList();
    List<LabelledSentence> a = SentimentDatasets.subsample(all, 10);
    assertThat(a).as("size").hasSize(10);
    assertThat(SentimentDatasets.subsample(all, 10)).as("same twice").isEqualTo(a);
    assertThat(a).extracting(s -> Integer.parseInt(s.id())).as("input order").isSorted();
    assertThat(a).as("not simply the first ten").isNotEqualTo(all.subList(0, 10));
  }

  @Test
  void csvTakesLabelsOrScoresAndNamesBadRecords() {
    List<LabelledSentence> s =
        SentimentDatasets.parseCsv(
            "text,label,id\n\"Profit rose, again\",Positive,a\nFlat year,0,b\nLoss,-0.6,c\n",
            "x.csv");
    assertThat(s)
        .extracting(LabelledSentence::polarity)
        .as("polarities")
        .containsExactly(Polarity.POSITIVE, Polarity.NEUTRAL, Polarity.NEGATIVE);
    assertThat(s.get(0).text()).as("quoted text with comma").isEqualTo("Profit rose, again");
    assertThat(s.get(2).score()).as("score kept").contains(-0.6);
    assertThat(s.get(1).id()).as("id column").isEqualTo("b");
    assertThatThrownBy(() -> SentimentDatasets.parseCsv("text,label\nok,good\n", "y.csv"))
        .as("bad label")
        .hasMessageContaining("y.csv record 1")
        .hasMessageContaining("good");
    assertThatThrownBy(() -> SentimentDatasets.parseCsv("sentence,label\nok,positive\n", "z.csv"))
        .as("no text column")
        .hasMessageContaining("text and a label column");
  }

  @Test
  void holdoutIsFixedBySeedAndTextAndRoughlyTheAskedFraction() {
    List<LabelledSentence> all =
        IntStream.range(0, 2000)
            .mapToObj(
                i ->
                    new LabelledSentence(
                        "id" + i,
                        "Sentence number " + i + " .",
                        Polarity.NEUTRAL,
                        Optional.empty()))
            .toList();
    SentimentDatasets.Split split = SentimentDatasets.holdout(all, 0.2, 42);
    assertThat(split.test().size() + split.train().size()).as("nothing lost").isEqualTo(2000);
    assertThat(split.test().size()).as("about 20%").isBetween(340, 460);
    assertThat(SentimentDatasets.holdout(all, 0.2, 42)).as("same seed").isEqualTo(split);
    assertThat(SentimentDatasets.holdout(all, 0.2, 43).test())
        .as("other seed")
        .isNotEqualTo(split.test());
    LabelledSentence sameText =
        new LabelledSentence(
            "other-file-7", "Sentence  number 7 . ", Polarity.NEUTRAL, Optional.empty());
    boolean heldOut = split.test().stream().anyMatch(s -> s.id().equals("id7"));
    assertThat(SentimentDatasets.holdout(List.of(sameText), 0.2, 42).test().isEmpty())
        .as("same text (spacing aside) lands on the same side in another file")
        .isEqualTo(!heldOut);
  }
}
