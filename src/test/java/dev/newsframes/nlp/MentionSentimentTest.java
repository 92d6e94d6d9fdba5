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

  private static AnnotatedSentence sentence(int index, int begin, int end) {
    return new AnnotatedSentence(
        index,
        begin,
        end,
        DOC.substring(begin, end),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty());
  }

  private static EntityMention mention(int sentence, String name) {
    int at = DOC.indexOf(name);
    return new EntityMention(
        sentence, at, at + name.length(), name, "PERSON", name, Optional.empty(), Optional.empty());
  }

  @Test
  void twoPeopleInOneSentenceGetOppositePolarity() {
    int second = DOC.indexOf("Protesters");
    List<AnnotatedSentence> sentences =
        List.of(sentence(0, 0, DOC.indexOf('\n')), sentence(1, second, DOC.length()));
    MentionSentiment ms =
        new MentionSentiment(EntitySentimentModels.forConfig(NlpConfig.defaults()).orElseThrow());

    List<EntityMention> scored =
        ms.score(List.of(mention(1, "Scott"), mention(1, "Baker")), sentences);

    TargetPolarity scott = scored.get(0).sentiment().orElseThrow();
    TargetPolarity baker = scored.get(1).sentiment().orElseThrow();
    assertThat(scott.label()).as("Scott, denounced: " + scott).isEqualTo(TargetLabel.NEGATIVE);
    assertThat(baker.label()).as("Baker, praised: " + baker).isEqualTo(TargetLabel.POSITIVE);
    assertThat(scott.score()).as("score = P(pos) - P(neg)").isLessThan(0);
    assertThat(scott.negative() + scott.neutral() + scott.positive()).isCloseTo(1.0, within(1e-6));
  }

  @Test
  void aMentionOutsideItsSentenceKeepsNoSentimentInsteadOfFailingTheDocument() {
    List<AnnotatedSentence> sentences = List.of(sentence(0, 0, DOC.indexOf('\n')));
    assertThat(MentionSentiment.input(mention(0, "Scott"), sentences))
        .as("Scott lies in a sentence the list does not have")
        .isEmpty();
    assertThat(MentionSentiment.input(mention(1, "Baker"), sentences))
        .as("sentence index beyond the list")
        .isEmpty();
  }
}
