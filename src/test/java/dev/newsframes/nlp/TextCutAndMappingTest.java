package dev.newsframes.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextCutAndMappingTest {
  @Test
  void shortTextIsKeptAndLongTextCutBeforeAWord() {
    assertThat(TextCut.atMost("short", 10)).as("short").isEqualTo("short");
    assertThat(TextCut.atMost("alpha beta gamma", 12)).as("cut at a space").isEqualTo("alpha beta");
  }

  @Test
  void cutNeverSplitsASurrogatePair() {
    String text = "x".repeat(5) + "\uD83D\uDE00".repeat(2000); // no whitespace to back off to
    String cut = TextCut.atMost(text, 1006);
    assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1)))
        .as("ends on a whole code point")
        .isFalse();
  }

  @Test
  void gazetteerNamesBecomeEscapedTokenPatternsInBothHyphenForms() {
    assertThat(RegexNerMapping.tokenPatterns("Google DeepMind"))
        .as("two tokens, one form")
        .containsExactly(List.of("Google", "DeepMind"));
    assertThat(RegexNerMapping.tokenPatterns("Character.AI"))
        .as("dot escaped")
        .containsExactly(List.of("Character\\.AI"));
    assertThat(RegexNerMapping.tokenPatterns("GPT-4"))
        .as("merged as NER sees it, split as the pipeline does")
        .containsExactly(List.of("GPT\\-4"), List.of("GPT", "\\-", "4"));
    String mapping =
        RegexNerMapping.of(List.of(new GazetteerEntry("Mythos", "PRODUCT", Optional.empty())));
    assertThat(mapping).as("mapping line").startsWith("Mythos\tPRODUCT\tPERSON,ORGANIZATION,");
    assertThat(mapping.strip())
        .as("priority, then the normalized name")
        .endsWith("\t" + RegexNerMapping.PRIORITY + "\tMythos");
  }
}
