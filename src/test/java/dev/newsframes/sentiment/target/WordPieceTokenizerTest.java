package dev.newsframes.sentiment.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {
  private static final WordPieceTokenizer TOKENIZER = EncoderSpec.MINILM_L6_Q.tokenizer();

  @Test
  void piecesKeepTheirSpansInTheOriginalText() {
    String s = "President Trump’s DAPL protests, Café naïve.";
    List<WordPieceTokenizer.Piece> pieces = TOKENIZER.tokenize(s);
    List<String> spans = pieces.stream().map(p -> s.substring(p.from(), p.to())).toList();
    assertThat(spans)
        .as("spans of the pieces")
        .containsExactly(
            "President", "Trump", "’", "s", "DA", "PL", "protests", ",", "Café", "naïve", ".");
    assertThat(pieces.get(0).id()).as("bert-base-uncased id of 'president'").isEqualTo(2343);
    assertThat(pieces.get(5).id()).as("'##pl' is a continuation piece").isEqualTo(24759);
  }

  @Test
  void controlCharactersAndSpacesMakeNoPieces() {
    assertThat(TOKENIZER.tokenize(" \t\u0000\u200b ")).as("blank text").isEmpty();
  }
}
