package dev.newsframes.lab.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodebookLabelsTest {
  @TempDir Path dir;

  @Test
  void readsAnswersNullsAndTheDominantFrameAndIgnoresQuotes() throws IOException {
    Path f =
        write(
            "{\"file\": \"pages/1.txt\", \"is_article\": true, \"about_ai\": true,"
                + " \"regulation\": true, \"competitiveness\": null, \"dominant\": \"regulation\","
                + " \"regulation_quote\": \"The bill would require audits.\"}",
            "",
            "{\"file\": \"pages/2.txt\", \"is_article\": false}");

    List<CodebookLabel> labels = CodebookLabels.read(f);

    assertThat(labels).hasSize(2);
    CodebookLabel first = labels.get(0);
    assertThat(first.answer("regulation")).contains(true);
    assertThat(first.answer("competitiveness")).as("coders disagreed").isEmpty();
    assertThat(first.answer("regulation_quote")).isEmpty();
    assertThat(first.dominant()).contains("regulation");
    assertThat(labels.get(1).isArticle()).isFalse();
    assertThat(labels.get(1).dominant()).isEqualTo(Optional.empty());
  }

  @Test
  void anAnswerThatIsNotYesNoOrNullIsRefusedWithItsLine() throws IOException {
    Path number =
        write(
            "{\"file\": \"pages/1.txt\", \"regulation\": true}",
            "{\"file\": \"pages/2.txt\", \"regulation\": 3}");
    Path word = write("{\"file\": \"pages/1.txt\", \"is_article\": \"yes\"}");

    assertThatThrownBy(() -> CodebookLabels.read(number))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("'regulation' must be true, false or null, not 3");
    assertThatThrownBy(() -> CodebookLabels.read(word))
        .hasMessageContaining("'is_article' must be true, false or null, not \"yes\"");
  }

  @Test
  void theDominantFrameIsOneOfThePairsFramesBothOrNeither() throws IOException {
    Path sideways = write("{\"file\": \"pages/1.txt\", \"dominant\": \"sideways\"}");
    Path own = write("{\"file\": \"pages/1.txt\", \"safety\": true, \"dominant\": \"safety\"}");

    assertThatThrownBy(() -> CodebookLabels.read(sideways))
        .hasMessageContaining(
            "'dominant' must be null or one of regulation, competitiveness, both, neither,"
                + " not \"sideways\"");
    assertThat(
            CodebookLabels.read(own, List.of("safety", "race"), List.of("safety", "race"))
                .get(0)
                .dominant())
        .as("a user's own pair of questions")
        .contains("safety");
    assertThat(
            CodebookLabels.read(own, List.of("safe", "racing"), List.of("safety", "race"))
                .get(0)
                .dominant())
        .as("questions named apart from their frames (--questions safe=safety,racing=race)")
        .contains("safety");
    assertThatThrownBy(() -> CodebookLabels.read(own))
        .as("with the codebook's questions, 'safety' is no frame of the pair")
        .hasMessageContaining("not \"safety\"");
  }

  private Path write(String... lines) throws IOException {
    Path f = Files.createTempFile(dir, "labels", ".jsonl");
    Files.write(f, List.of(lines), StandardCharsets.UTF_8);
    return f;
  }
}
