package dev.newsframes.trends.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticlePresenceTest {
  private static SentenceFrames sentence(int index, FrameHit... hits) {
    return new SentenceFrames(index, List.of(hits));
  }

  private static FrameHit hit(String frame, String... terms) {
    return new FrameHit(frame, terms.length, List.of(terms));
  }

  @Test
  void everyHitFrameGetsAVerdictByTheFallbackRule() {
    ArticleHits article =
        new ArticleHits(
            6,
            1,
            List.of(
                sentence(1, hit("regulation", "ban")),
                sentence(3, hit("regulation", "oversight"), hit("competitiveness", "race")),
                sentence(4, hit("competitiveness", "race"))));

    List<Presence> p =
        ArticlePresence.of(FramePresenceModel.fallbackOnly(FallbackRule.DEFAULT), article);

    assertThat(p)
        .as("regulation: 2 sentences, 2 terms; competitiveness: 2 sentences, 1 term")
        .extracting(Presence::frame, Presence::present, Presence::score)
        .containsExactly(tuple("regulation", true, 1.0), tuple("competitiveness", false, 0.5));
  }

  @Test
  void theTopicIsScoredEvenWithoutItsOwnHitsAndNeverListedAsAFrame() {
    FramePresenceModel model =
        new FramePresenceModel(Map.of(), FallbackRule.ANY_HIT, Optional.of("ai"));
    ArticleHits onTopic =
        new ArticleHits(3, 1, List.of(sentence(0, hit("ai", "ai"), hit("regulation", "ban"))));
    ArticleHits offTopic = new ArticleHits(3, 1, List.of(sentence(2, hit("regulation", "ban"))));

    assertThat(ArticlePresence.of(model, onTopic))
        .extracting(Presence::frame, Presence::present)
        .containsExactly(tuple("regulation", true), tuple("ai", true));
    assertThat(ArticlePresence.of(model, offTopic))
        .extracting(Presence::frame, Presence::present)
        .containsExactly(tuple("regulation", true), tuple("ai", false));
  }

  @Test
  void theShippedModelReadsItsTopicAndScoresInTheUnitInterval() {
    FramePresenceModel model = FramePresenceModel.loadDefault();
    ArticleHits article =
        new ArticleHits(
            20,
            1,
            List.of(
                sentence(0, hit("ai", "ai"), hit("regulation", "regulation", "ban")),
                sentence(2, hit("regulation", "lawmaker")),
                sentence(5, hit("ai", "ai"), hit("regulation", "oversight"))),
            Fixtures.states(
                "EU lawmakers vote to ban AI surveillance under the new AI Act regulation.",
                "The European Parliament's lawmakers want independent oversight of AI models."));

    List<Presence> p = ArticlePresence.of(model, article);

    assertThat(model.topic()).contains("ai");
    assertThat(p).extracting(Presence::frame).containsExactly("regulation", "ai");
    assertThat(p)
        .allSatisfy(x -> assertThat(x.method()).isEqualTo(Presence.Method.MODEL))
        .allSatisfy(x -> assertThat(x.score()).isBetween(0.0, 1.0));
    assertThat(p.get(0).present())
        .as("3 regulation sentences with 4 terms, in the title, near the topic, naming lawmakers")
        .isTrue();
  }
}
