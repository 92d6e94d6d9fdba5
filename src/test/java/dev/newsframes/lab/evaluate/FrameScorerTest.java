package dev.newsframes.lab.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.newsframes.trends.BootstrapInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrameScorerTest {
  private static CodebookLabel label(String file, Boolean regulation, String dominant) {
    String reg = regulation == null ? "null" : regulation.toString();
    String dom = dominant == null ? "null" : "\"" + dominant + "\"";
    return CodebookLabels.parse(
        "{\"file\": \""
            + file
            + "\", \"is_article\": true, \"regulation\": "
            + reg
            + ", \"dominant\": "
            + dom
            + ", \"regulation_quote\": null}",
        file);
  }

  private static ArticleVerdict verdict(String file, boolean regulation, String dominant) {
    return new ArticleVerdict(file, Map.of("regulation", regulation), Optional.of(dominant));
  }

  @Test
  void countsTheConfusionTableAndSkipsDisagreements() {
    List<CodebookLabel> labels =
        List.of(
            label("a", true, "regulation"),
            label("b", true, "regulation"),
            label("c", false, "neither"),
            label("d", false, "neither"),
            label("e", null, null),
            label("f", true, "both"));
    List<ArticleVerdict> verdicts =
        List.of(
            verdict("a", true, "regulation"),
            verdict("b", false, "neither"),
            verdict("c", true, "regulation"),
            verdict("d", false, "neither"),
            verdict("e", true, "regulation"),
            verdict("f", true, "regulation"));

    FrameScores scores = FrameScorer.score(labels, verdicts, List.of("regulation"));
    BinaryScore reg = scores.questions().get("regulation");

    assertThat(reg).as("confusion counts").isEqualTo(new BinaryScore("regulation", 2, 1, 1, 1, 1));
    assertThat(reg.precision()).as("precision 2/3").isCloseTo(2.0 / 3, within(1e-12));
    assertThat(reg.recall()).as("recall 2/3").isCloseTo(2.0 / 3, within(1e-12));
    assertThat(reg.f1()).as("F1 2/3").isCloseTo(2.0 / 3, within(1e-12));
    assertThat(reg.predictedShare()).as("product share 3 of 5").isEqualTo(0.6);
    assertThat(reg.labelShare()).as("coders' share 3 of 5").isEqualTo(0.6);
    assertThat(scores.dominantScored()).as("null dominant skipped").isEqualTo(5);
    assertThat(scores.dominantSkipped()).isEqualTo(1);
    assertThat(scores.dominantAccuracy()).as("a and d right").isEqualTo(2.0 / 5);
  }

  @Test
  void intervalsSpanWhatAnotherSampleOfArticlesCouldGive() {
    List<CodebookLabel> labels = new ArrayList<>();
    List<ArticleVerdict> right = new ArrayList<>();
    List<ArticleVerdict> mixed = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      boolean reg = i % 2 == 0;
      labels.add(label("p" + i, reg, reg ? "regulation" : "neither"));
      right.add(verdict("p" + i, reg, reg ? "regulation" : "neither"));
      // every fourth article wrong on both questions
      boolean wrong = i % 4 == 1;
      boolean said = wrong != reg;
      mixed.add(verdict("p" + i, said, said ? "regulation" : "neither"));
    }

    FrameScores perfect = FrameScorer.score(labels, right, List.of("regulation"));
    FrameScores some = FrameScorer.score(labels, mixed, List.of("regulation"));

    assertThat(perfect.f1Interval("regulation"))
        .as("every resample of right answers is right")
        .contains(new BootstrapInterval.Bounds(1, 1));
    assertThat(perfect.dominantInterval()).contains(new BootstrapInterval.Bounds(1, 1));
    double f1 = some.questions().get("regulation").f1(); // 20 / 30 = 0.8
    assertThat(f1).isCloseTo(0.8, within(1e-12));
    BootstrapInterval.Bounds ci = some.f1Interval("regulation").orElseThrow();
    assertThat(ci.low()).as("a sample of 40 leaves room").isLessThan(f1 - 0.05).isGreaterThan(0.5);
    assertThat(ci.high()).isGreaterThan(f1 + 0.05).isLessThanOrEqualTo(1);
    BootstrapInterval.Bounds accuracy = some.dominantInterval().orElseThrow();
    assertThat(accuracy.low()).isLessThan(0.75).isGreaterThan(0.5);
    assertThat(accuracy.high()).isGreaterThan(0.75).isLessThanOrEqualTo(1);
    assertThat(FrameScorer.score(labels, mixed, List.of("regulation")).f1Intervals())
        .as("the same articles give the same interval")
        .isEqualTo(some.f1Intervals());
    assertThat(some.table())
        .contains(String.format(Locale.ROOT, "%.2f-%.2f", ci.low(), ci.high()))
        .contains("95% interval");
  }

  @Test
  void missingVerdictsCountAsAbsentAndNonArticlesAreNotScored() {
    CodebookLabel listing =
        CodebookLabels.parse(
            "{\"file\": \"x\", \"is_article\": false, \"regulation\": null, \"dominant\": null}",
            "x");
    List<CodebookLabel> labels = List.of(label("a", true, "regulation"), listing);

    FrameScores scores =
        FrameScorer.score(labels, List.of(verdict("x", true, "regulation")), List.of("regulation"));

    assertThat(scores.unmatched()).as("a has no verdict").isEqualTo(1);
    assertThat(scores.questions().get("regulation"))
        .as("a scored as a miss; the listing page not at all")
        .isEqualTo(new BinaryScore("regulation", 0, 0, 1, 0, 0));
    assertThat(scores.questions().get("regulation").f1()).as("F1 with no true positive").isZero();
    assertThat(scores.dominantAccuracy()).isZero();
  }

  @Test
  void readsTheCodebookFormat() {
    CodebookLabel l =
        CodebookLabels.parse(
            "{\"file\": \"pages/1.txt\", \"is_article\": true, \"about_ai\": true,"
                + " \"regulation\": false, \"competitiveness\": null, \"dominant\": \"neither\","
                + " \"regulation_quote\": null, \"competitiveness_quote\": null}",
            "line 1");

    assertThat(l.answers())
        .as("questions, quotes left out")
        .containsOnlyKeys("about_ai", "regulation", "competitiveness");
    assertThat(l.answer("about_ai")).contains(true);
    assertThat(l.answer("competitiveness")).as("disagreement").isEmpty();
    assertThat(l.dominant()).contains("neither");
    assertThatThrownBy(() -> CodebookLabels.parse("{\"is_article\": true}", "f.jsonl line 3"))
        .hasMessageContaining("f.jsonl line 3")
        .hasMessageContaining("no 'file'");
  }
}
