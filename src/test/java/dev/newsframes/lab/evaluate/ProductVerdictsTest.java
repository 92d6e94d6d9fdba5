package dev.newsframes.lab.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.lab.evaluate.ProductVerdicts.Question;
import dev.newsframes.lab.evaluate.ProductVerdicts.Row;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProductVerdictsTest {
  static final List<Question> QUESTIONS =
      List.of(
          Question.parse("regulation"),
          Question.parse("competitiveness"),
          Question.parse("about_ai=ai"));
  static final List<String> PAIR = List.of("regulation", "competitiveness");

  static final List<Row> ROWS =
      List.of(
          new Row("a.txt", "regulation", true, 0.9, 3),
          new Row("a.txt", "competitiveness", true, 0.6, 5),
          new Row("a.txt", "ai", true, 0.8, 2),
          new Row("b.txt", "regulation", false, 0.3, 1),
          new Row("b.txt", "competitiveness", true, 0.7, 2),
          new Row("c.txt", "regulation", true, 0.5, 2),
          new Row("c.txt", "competitiveness", true, 0.5, 2));

  @Test
  void aQuestionWithAFrameNameIsAnsweredByThatFrame() {
    assertThat(Question.parse("about_ai = ai")).isEqualTo(new Question("about_ai", "ai"));
    assertThat(Question.parse("regulation")).isEqualTo(new Question("regulation", "regulation"));
  }

  @Test
  void verdictsReadPresenceAndTheDominantOfTwoByScoreThenSentences() {
    List<ArticleVerdict> v =
        ProductVerdicts.verdicts(Set.of("a.txt", "b.txt", "c.txt", "d.txt"), ROWS, QUESTIONS, PAIR);

    assertThat(v)
        .extracting(ArticleVerdict::file)
        .containsExactly("a.txt", "b.txt", "c.txt", "d.txt");
    assertThat(v.get(0).present())
        .isEqualTo(Map.of("regulation", true, "competitiveness", true, "about_ai", true));
    assertThat(v.get(0).dominant())
        .as("both present, regulation scores higher")
        .contains("regulation");
    assertThat(v.get(1).dominant()).as("only competitiveness present").contains("competitiveness");
    assertThat(v.get(2).dominant()).as("same score, same sentences").contains("both");
    assertThat(v.get(3).present().values()).as("held, no hit: nothing present").containsOnly(false);
    assertThat(v.get(3).dominant()).contains("neither");
  }

  @Test
  void scoredAgainstHandLabelsTheFiguresAreExact() {
    List<CodebookLabel> labels =
        List.of(
            label("a.txt", true, false, "regulation"),
            label("b.txt", false, true, "competitiveness"),
            label("c.txt", true, false, "regulation"),
            label("d.txt", false, false, "neither"),
            label("e.txt", true, false, "regulation"));
    // e.txt is not in the product: unmatched, scored as nothing present
    List<ArticleVerdict> v =
        ProductVerdicts.verdicts(Set.of("a.txt", "b.txt", "c.txt", "d.txt"), ROWS, QUESTIONS, PAIR);

    FrameScores s = FrameScorer.score(labels, v, List.of("regulation", "competitiveness"));

    BinaryScore reg = s.questions().get("regulation");
    assertThat(List.of(reg.tp(), reg.fp(), reg.fn(), reg.tn())).containsExactly(2, 0, 1, 2);
    assertThat(reg.f1()).isEqualTo(0.8);
    BinaryScore comp = s.questions().get("competitiveness");
    assertThat(List.of(comp.tp(), comp.fp(), comp.fn(), comp.tn())).containsExactly(1, 2, 0, 2);
    assertThat(comp.precision()).isEqualTo(1.0 / 3);
    assertThat(s.unmatched()).isEqualTo(1);
    assertThat(s.dominantAccuracy()).as("a, b and d right; c says both, e none").isEqualTo(0.6);
  }

  @Test
  void predictionLinesHaveOneLinePerHeldPageAndQuestion() {
    List<String> lines = ProductVerdicts.predictionLines(Set.of("b.txt", "d.txt"), ROWS, QUESTIONS);

    assertThat(lines)
        .containsExactly(
            "input_file\tframe\tpresent\tscore",
            "b.txt\tregulation\tfalse\t0.3000",
            "b.txt\tcompetitiveness\ttrue\t0.7000",
            "b.txt\tai\tfalse\t0.0000",
            "d.txt\tregulation\tfalse\t0.0000",
            "d.txt\tcompetitiveness\tfalse\t0.0000",
            "d.txt\tai\tfalse\t0.0000");
  }

  private static CodebookLabel label(String file, boolean reg, boolean comp, String dominant) {
    return new CodebookLabel(
        file,
        true,
        Map.of("regulation", Optional.of(reg), "competitiveness", Optional.of(comp)),
        Optional.of(dominant));
  }
}
