package dev.newsframes.ingest.dump;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleLocatorTest {
  @Test
  void findsTitlesDespiteQuotesCaseAndPunctuation() {
    String text =
        "Menu Menu AMD CEO: Epyc 2 chips are the world’s fastest x86 processors Share on X";

    assertThat(located(text, "AMD CEO: Epyc 2 chips are the world's fastest x86 processors"))
        .contains("AMD CEO: Epyc 2 chips are the world’s fastest x86 processors");
    assertThat(located(text, "amd ceo epyc 2 chips are the worlds fastest x86 processors"))
        .as("slug words")
        .isPresent();
  }

  @Test
  void repeatedHeadingGivesTheLastCopyAndClosingPunctuation() {
    String text = "Tech / AI Sam fired as CEO. Sam fired as CEO. / In a sudden move";
    TitleLocator.Span s = TitleLocator.find(text, "Sam fired as CEO", 1000).orElseThrow();

    assertThat(s.start()).as("second copy").isEqualTo(text.lastIndexOf("Sam fired"));
    assertThat(text.substring(s.end())).as("after the title").startsWith(" / In a sudden");
  }

  @Test
  void partialTitlesAndWordBoundaries() {
    String text =
        "X AI voice actors sound more human than ever—and they’re ready to hire A new wave";
    TitleLocator.Span s =
        TitleLocator.find(
                text, "AI voice actors sound more human than ever—and are ready to hire", 1000)
            .orElseThrow();

    assertThat(text.substring(s.end()))
        .as("extended to the title's last words")
        .isEqualTo(" A new wave");
    assertThat(TitleLocator.find("BRAINSTORM", "rain storm", 100)).as("inside a word").isEmpty();
    assertThat(TitleLocator.find("abc", "ab", 100)).as("too short").isEmpty();
    assertThat(TitleLocator.find("Intro ... The Title", "The Title", 6))
        .as("beyond the limit")
        .isEmpty();
  }

  private static Optional<String> located(String text, String title) {
    return TitleLocator.find(text, title, 1000).map(s -> text.substring(s.start(), s.end()));
  }
}
