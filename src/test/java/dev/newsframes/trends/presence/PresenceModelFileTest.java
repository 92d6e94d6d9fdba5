package dev.newsframes.trends.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PresenceModelFileTest {
  @Test
  void roundTripsAModel() {
    FrameModel reg =
        new FrameModel(
            "regulation",
            Optional.of("competitiveness"),
            List.of("log_sentences", "frame:political"),
            new LogisticRegression.Fit(
                new double[] {0.8, 0.1}, new double[] {0.9, 0.3}, -1.25, new double[] {1.5, 0.5}),
            0.4);
    FramePresenceModel model =
        new FramePresenceModel(
            Map.of("regulation", reg), new FallbackRule(3, 2), Optional.of("ai"));

    String json = PresenceModelFile.toJson(model, Map.of("fitted_on", "hand-made"));
    FramePresenceModel back = PresenceModelFile.parse(json, "test");

    assertThat(json).contains("\"name\" : \"frame:political\"").contains("\"fitted_on\"");
    assertThat(back.fallback()).isEqualTo(new FallbackRule(3, 2));
    assertThat(back.topic()).contains("ai");
    FrameModel r = back.model("regulation").orElseThrow();
    assertThat(r.other()).contains("competitiveness");
    assertThat(r.features()).isEqualTo(reg.features());
    assertThat(r.threshold()).isEqualTo(0.4);
    assertThat(r.fit().weights()).containsExactly(1.5, 0.5);
    assertThat(r.fit().intercept()).isEqualTo(-1.25);
  }

  @Test
  void listsEveryProblemWithItsSource() {
    String json =
        "{\"format\": \"newsframes-presence\", \"version\": 1, \"frames\": ["
            + "{\"frame\": \"a\", \"threshold\": 0.5, \"features\": [{\"name\": \"nope\"}]},"
            + "{\"frame\": \"b\", \"threshold\": 2, \"features\": []}]}";

    assertThatThrownBy(() -> PresenceModelFile.parse(json, "my-model.json"))
        .hasMessageContaining("my-model.json")
        .hasMessageContaining("frame 'a': unknown feature 'nope'")
        .hasMessageContaining("frame 'b': threshold must be in (0, 1), got 2.0")
        .message()
        .as("named once, not twice")
        .doesNotContain("frame 'b': frame 'b'");
  }

  @Test
  void aValueThatIsNotANumberIsNamedNotReadAsZero() {
    String json =
        "{\"format\": \"newsframes-presence\", \"version\": 1, \"frames\": ["
            + "{\"frame\": \"a\", \"threshold\": \"high\", \"features\":"
            + " [{\"name\": \"log_sentences\", \"weight\": \"1.5\", \"mean\": 0}]},"
            + "{\"frame\": \"b\", \"features\": []}]}";

    assertThatThrownBy(() -> PresenceModelFile.parse(json, "m.json"))
        .hasMessageContaining(
            "frame 'a': feature 'log_sentences' weight must be a number, not \"1.5\"")
        .hasMessageContaining("frame 'a': threshold must be a number, not \"high\"")
        .hasMessageContaining("frame 'b': threshold must be a number, not missing");
  }

  @Test
  void theShippedDefaultLoadsAndDecides() {
    FramePresenceModel model = FramePresenceModel.loadDefault();
    ArticleHits passing =
        new ArticleHits(
            30,
            1,
            List.of(
                Fixtures.sentence(0, Fixtures.hit("competitiveness", "china")),
                Fixtures.sentence(7, Fixtures.hit("competitiveness", "competitive"))),
            Fixtures.states(
                "Apple makes its chips in China.",
                "Samsung said the new phone is competitive on price."));
    ArticleHits race =
        new ArticleHits(
            30,
            1,
            List.of(
                Fixtures.sentence(0, Fixtures.hit("competitiveness", "ai race", "china")),
                Fixtures.sentence(2, Fixtures.hit("competitiveness", "supremacy", "lead over")),
                Fixtures.sentence(3, Fixtures.hit("competitiveness", "china", "fall behind")),
                Fixtures.sentence(9, Fixtures.hit("competitiveness", "beijing"))),
            Fixtures.states(
                "The AI race with China heats up.",
                "The United States must keep its lead over China in artificial intelligence.",
                "Officials in Washington fear America could fall behind Beijing.",
                "Beijing has poured billions into chips to overtake the US."));

    assertThat(model.models()).containsOnlyKeys("regulation", "competitiveness", "ai");
    assertThat(model.framesWithSentences()).containsExactly("competitiveness", "regulation");
    assertThat(model.topic()).contains("ai");
    assertThat(model.presence(race, "competitiveness").present())
        .as("a race told in four sentences that name its rivals, in the title and lead")
        .isTrue();
    assertThat(model.presence(passing, "competitiveness").score())
        .as("two passing words score lower than the race")
        .isLessThan(model.presence(race, "competitiveness").score());
  }
}
