package dev.newsframes.lab.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.FrameHit;
import dev.newsframes.trends.presence.Presence;
import dev.newsframes.trends.presence.SentenceFrames;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The out-of-fold lines on hand-made labels and answers: exact lines and counts. */
class CvPredictionsTest {
  private static Presence p(String frame, boolean present, double score) {
    return new Presence(frame, present, score, Presence.Method.MODEL);
  }

  private static Map<String, Optional<Boolean>> answers(Boolean reg, Boolean comp) {
    return Map.of(
        "regulation", Optional.ofNullable(reg), "competitiveness", Optional.ofNullable(comp));
  }

  @Test
  void listsEachArticlesAnswersBesideTheCodersAndCountsDisagreements() {
    List<CodebookLabel> labels =
        List.of(
            new CodebookLabel("pages/b.txt", true, answers(true, null), Optional.empty()),
            new CodebookLabel("pages/listing.txt", false, Map.of(), Optional.empty()),
            new CodebookLabel(
                "pages/a.txt", true, answers(false, true), Optional.of("competitiveness")));
    PresenceCv.Result result =
        new PresenceCv.Result(
            List.of(
                new ArticleVerdict(
                    "pages/b.txt",
                    Map.of("regulation", true, "competitiveness", true),
                    Optional.of("regulation")),
                new ArticleVerdict(
                    "pages/a.txt",
                    Map.of("regulation", true, "competitiveness", false),
                    Optional.of("regulation"))),
            Map.of(
                "pages/b.txt",
                Map.of(
                    "regulation",
                    p("regulation", true, 0.9),
                    "competitiveness",
                    p("competitiveness", true, 0.61234)),
                "pages/a.txt",
                Map.of(
                    "regulation",
                    p("regulation", true, 0.5),
                    "competitiveness",
                    p("competitiveness", false, 0.25))),
            Map.of("pages/a.txt", 3, "pages/b.txt", 0));

    // a.txt: 'ban' in two sentences, 'oversight' in one; b.txt not found
    ArticleHits a =
        new ArticleHits(
            5,
            0,
            List.of(
                new SentenceFrames(0, List.of(new FrameHit("regulation", 2, List.of("ban")))),
                new SentenceFrames(
                    2,
                    List.of(
                        new FrameHit("regulation", 2, List.of("oversight", "ban")),
                        new FrameHit("competitiveness", 1, List.of("race"))))));

    CvPredictions out =
        CvPredictions.of(PresenceCvTest.setup(), labels, result, Map.of("pages/a.txt", a));

    assertThat(out.lines())
        .containsExactly(
            CvPredictions.HEADER,
            "pages/a.txt\t3\tregulation\tfalse\ttrue\t0.5000\tfalse\tban:2,oversight:1",
            "pages/a.txt\t3\tcompetitiveness\ttrue\tfalse\t0.2500\tfalse\trace:1",
            "pages/a.txt\t3\tdominant\tcompetitiveness\tregulation\t\tfalse\t",
            "pages/b.txt\t0\tregulation\ttrue\ttrue\t0.9000\ttrue\t",
            "pages/b.txt\t0\tcompetitiveness\t\ttrue\t0.6123\t\t",
            "pages/b.txt\t0\tdominant\t\tregulation\t\t\t");
    assertThat(out.answers()).isEqualTo(4);
    assertThat(out.disagreements()).isEqualTo(3);
  }
}
