package dev.newsframes.trends.presence;

import static dev.newsframes.trends.presence.Fixtures.hit;
import static dev.newsframes.trends.presence.Fixtures.sentence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArticleFrameFeaturesTest {
  // a 12-sentence article: sentence 0 is the title, 1-3 the lead
  private static final ArticleHits ARTICLE =
      new ArticleHits(
          12,
          1,
          List.of(
              sentence(0, hit("regulation", "ban")),
              sentence(2, hit("regulation", "regulator", "executive order"), hit("ai", "ai")),
              sentence(6, hit("competitiveness", "china")),
              sentence(9, hit("ai", "machine learning")),
              sentence(10, hit("regulation", "ban"), hit("competitiveness", "compete"))));

  @Test
  void countsSentencesTermsTitleLeadTopicAndTheOtherFrame() {
    ArticleFrameFeatures f =
        ArticleFrameFeatures.of(
            ARTICLE, "regulation", Optional.of("competitiveness"), Optional.of("ai"));

    assertThat(f)
        .as("regulation in the title, the lead (2) and sentence 10 next to an AI sentence (9)")
        .isEqualTo(new ArticleFrameFeatures("regulation", 3, 4, 3, 1, 1, 1, 2, 2, 12));
    assertThat(f.sentenceShare()).isEqualTo(3.0 / 12);
  }

  @Test
  void aFrameWithoutHitsHasZeroCountsButItsArticleLength() {
    ArticleFrameFeatures f =
        ArticleFrameFeatures.of(ARTICLE, "morality", Optional.empty(), Optional.empty());

    assertThat(f).isEqualTo(new ArticleFrameFeatures("morality", 0, 0, 0, 0, 0, 0, 0, 0, 12));
    assertThat(PresenceFeature.vector(List.of(PresenceFeature.values()), f))
        .as("only the article length is non-zero")
        .containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, Math.log1p(12));
  }

  @Test
  void evidenceIsTheStrongestSentencesFirst() {
    assertThat(PresenceEvidence.of(ARTICLE, "regulation", 2))
        .extracting(SentenceFrames::index)
        .as("two terms beat one; then the earlier sentence")
        .containsExactly(2, 0);
  }

  @Test
  void rejectsSentencesBeyondTheArticle() {
    assertThatThrownBy(() -> new ArticleHits(3, 1, List.of(sentence(3, hit("regulation", "ban")))))
        .hasMessageContaining("sentence 3 is beyond the article's 3 sentences");
  }
}
