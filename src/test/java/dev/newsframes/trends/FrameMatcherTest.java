package dev.newsframes.trends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.trends.presence.FrameHit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameMatcherTest {
  private static final FrameMatcher MATCHER =
      FrameLexicon.parse(
              """
              frames:
                - id: regulation
                  label: Regulation
                  group: ai_policy
                  lemmas: [ban, safety, testing, order, institute, regulation]
                  phrases: [executive order, safety testing, safety institute,
                            ai safety institute, pre-release testing]
                - id: competitiveness
                  label: Competitiveness
                  group: ai_policy
                  lemmas: [race, lead, china, regulation]
                  entities: [China]
                  exclusions: [human race, lead to]
                - id: crime
                  label: Crime
                  group: media_frames
                  ner_types: [CRIMINAL_CHARGE]
              """,
              "test")
          .matcher();

  /** Words separated by spaces; a word "token/lemma" has a lemma different from its token. */
  private static List<FrameHit> match(String sentence, SentenceEntity... entities) {
    List<String> tokens = Arrays.stream(sentence.split(" ")).map(w -> w.split("/")[0]).toList();
    List<String> lemmas =
        Arrays.stream(sentence.split(" ")).map(w -> w.contains("/") ? w.split("/")[1] : w).toList();
    return MATCHER.match(lemmas, tokens, List.of(entities));
  }

  @Test
  void countsLemmaHitsCaseInsensitivelyAndKeepsDistinctTerms() {
    assertThat(match("The BAN/ban and another Ban follow bans/ban"))
        .containsExactly(new FrameHit("regulation", 3, List.of("ban")));
  }

  @Test
  void matchesALexiconWordAgainstTheTokenWhenTheLemmaDiffers() {
    assertThat(match("they keep testing/test models"))
        .as("'testing' is a lexicon word; CoreNLP lemmatised the verb to 'test'")
        .containsExactly(new FrameHit("regulation", 1, List.of("testing")));
  }

  @Test
  void aPhraseCountsOnceAndItsWordsAreNotCountedAgain() {
    assertThat(match("the executive order requires safety testing/testing"))
        .containsExactly(
            new FrameHit("regulation", 2, List.of("executive order", "safety testing")));
  }

  @Test
  void phraseWordsMustBeContiguous() {
    assertThat(match("an executive branch order"))
        .containsExactly(new FrameHit("regulation", 1, List.of("order")));
  }

  @Test
  void theLongestPhraseStartingAtAWordWins() {
    assertThat(match("the AI/ai Safety Institute said"))
        .containsExactly(new FrameHit("regulation", 1, List.of("ai safety institute")));
    assertThat(match("a safety institute and more safety"))
        .containsExactly(new FrameHit("regulation", 2, List.of("safety institute", "safety")));
  }

  @Test
  void exclusionsCancelOnlyTheHitsTheyCover() {
    assertThat(match("the human race")).isEmpty();
    assertThat(match("this could lead to a race for the lead"))
        .containsExactly(new FrameHit("competitiveness", 2, List.of("race", "lead")));
  }

  @Test
  void anInflectedExclusionCancelsAPhraseThatMatchedByLemma() {
    FrameMatcher matcher =
        FrameLexicon.parse(
                """
                frames:
                  - id: competitiveness
                    label: Competitiveness
                    group: ai_policy
                    phrases: [the lead]
                    exclusions: [the leading]
                """,
                "test")
            .matcher();

    assertThat(
            matcher.match(
                List.of("one", "of", "the", "lead", "player"),
                List.of("one", "of", "the", "leading", "players")))
        .as("'leading' has the lemma 'lead', but it is no lead over anyone")
        .isEmpty();
    assertThat(
            matcher.match(
                List.of("Google", "want", "to", "retake", "the", "lead"),
                List.of("Google", "wants", "to", "retake", "the", "lead")))
        .containsExactly(new FrameHit("competitiveness", 1, List.of("the lead")));
  }

  @Test
  void framesAreMatchedIndependently() {
    assertThat(match("new regulations/regulation"))
        .containsExactly(
            new FrameHit("regulation", 1, List.of("regulation")),
            new FrameHit("competitiveness", 1, List.of("regulation")));
  }

  @Test
  void hyphenatedAndSpacedSpellingsMatchTheSamePhrase() {
    FrameHit expected = new FrameHit("regulation", 1, List.of("pre-release testing"));
    assertThat(match("voluntary pre-release testing")).containsExactly(expected);
    assertThat(match("voluntary pre - release testing"))
        .as("CoreNLP split")
        .containsExactly(expected);
    assertThat(match("voluntary pre release testing")).containsExactly(expected);
  }

  @Test
  void entityTriggersCountMentionsButNotTwiceWhenTheWordAlreadyHit() {
    SentenceEntity chinaByName = new SentenceEntity("China", "COUNTRY", "China");
    SentenceEntity chinaByCapital = new SentenceEntity("china", "COUNTRY", "Beijing");

    assertThat(match("we lead China/China", chinaByName))
        .as("'China' hit as a lemma; its mention adds nothing")
        .containsExactly(new FrameHit("competitiveness", 2, List.of("lead", "china")));
    assertThat(match("officials in Beijing/Beijing said", chinaByCapital))
        .as("canonical names match case-insensitively")
        .containsExactly(new FrameHit("competitiveness", 1, List.of("entity:China")));
  }

  @Test
  void nerTypeTriggersCountEachMention() {
    SentenceEntity fraud = new SentenceEntity("fraud", "CRIMINAL_CHARGE", "fraud");
    SentenceEntity theft = new SentenceEntity("theft", "criminal_charge", "theft");

    assertThat(match("charged with fraud and theft", fraud, theft))
        .containsExactly(new FrameHit("crime", 2, List.of("ner:CRIMINAL_CHARGE")));
  }

  @Test
  void missingOrMisalignedInputsDoNotFail() {
    assertThat(MATCHER.match(null, null, null)).isEmpty();
    assertThat(MATCHER.match(List.of("ban", "x"), List.of("only-one")))
        .as("tokens of another length are ignored")
        .containsExactly(new FrameHit("regulation", 1, List.of("ban")));
    assertThat(MATCHER.match(Arrays.asList("ban", null), null))
        .containsExactly(new FrameHit("regulation", 1, List.of("ban")));
  }

  @Test
  void survivesJavaSerialisationAsSparkBroadcastsIt() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(MATCHER);
    }
    FrameMatcher copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (FrameMatcher) in.readObject();
    }

    List<String> words = List.of("the", "executive", "order", "and", "the", "race");
    assertThat(copy.match(words, words)).isEqualTo(MATCHER.match(words, words)).hasSize(2);
  }
}
