package dev.newsframes.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsframes.sentiment.target.TargetLabel;
import dev.newsframes.sentiment.target.TargetPolarity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shipped entity sentiment model on mentions as annotate builds them (document offsets). */
class MentionSentimentTest {
  private static final String DOC =
      "The council met on Tuesday.\n\n"
          + "Protesters denounced Scott as a fraud, while Baker won praise for her fair handling"
          + " of the crisis.";

  private static final String SENTENCE = DOC.substring(DOC.indexOf("Protesters"));

  private static SentenceAnalysis.Mention mention(String name) {
    int at = SENTENCE.indexOf(name);
    return new SentenceAnalysis.Mention(at, at + name.length(), name, "PERSON");
  }

  private static SentenceAnalysis analysis(List<SentenceAnalysis.Mention> mentions) {
    return new SentenceAnalysis(List.of(), List.of(), List.of(), Optional.empty(), mentions);
  }

  @Test
  void twoPeopleInOneSentenceGetOppositePolarity() {
    MentionSentiment ms =
        new MentionSentiment(EntitySentimentModels.forConfig(NlpConfig.defaults()).orElseThrow());

    List<SentenceAnalysis> scored =
        ms.score(
            List.of(analysis(List.of()), analysis(List.of(mention("Scott"), mention("Baker")))),
            List.of(DOC.substring(0, DOC.indexOf('\n')), SENTENCE));

    assertThat(scored.get(0).mentions()).isEmpty();
    TargetPolarity scott = scored.get(1).mentions().get(0).sentiment().orElseThrow();
    TargetPolarity baker = scored.get(1).mentions().get(1).sentiment().orElseThrow();
    assertThat(scott.label()).as("Scott, denounced: " + scott).isEqualTo(TargetLabel.NEGATIVE);
    assertThat(baker.label()).as("Baker, praised: " + baker).isEqualTo(TargetLabel.POSITIVE);
    assertThat(scott.score()).as("score = P(pos) - P(neg)").isLessThan(0);
    assertThat(scott.negative() + scott.neutral() + scott.positive()).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void aMentionOutsideItsSentenceKeepsNoSentimentInsteadOfFailingTheDocument() {
    String first = DOC.substring(0, DOC.indexOf('\n'));
    assertThat(MentionSentiment.input(mention("Baker"), first))
        .as("Baker's span lies past the end of the first sentence")
        .isEmpty();
    assertThat(MentionSentiment.input(new SentenceAnalysis.Mention(-1, 3, "The", "MISC"), first))
        .as("a span before the sentence")
        .isEmpty();
    assertThat(MentionSentiment.input(mention("Scott"), SENTENCE)).isPresent();
  }
}
