package dev.newsframes.trends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.trends.presence.FrameHit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pins what the shipped lexicon finds in sentences of the seed page (real CoreNLP lemmas). */
class DefaultFramesSeedTest {
  private static final FrameLexicon LEXICON = FrameLexicon.load(FrameLexiconTest.DEFAULT);
  private static final FrameMatcher MATCHER = LEXICON.matcher();
  private static final List<FixtureSentence> SEED = FixtureSentence.load(FixtureSentence.SEED);

  /** Hits of the ai_policy frames of seed sentence {@code i}, as frame -> hits. */
  private static Map<String, Integer> aiPolicyHits(int i, SentenceEntity... entities) {
    FixtureSentence s = SEED.get(i);
    return MATCHER.match(s.lemmas(), s.tokens(), List.of(entities)).stream()
        .filter(h -> LEXICON.frame(h.frameId()).orElseThrow().group().equals("ai_policy"))
        .collect(Collectors.toMap(FrameHit::frameId, FrameHit::hits));
  }

  @Test
  void trumpsRefusalHitsBothRegulationAndCompetitiveness() {
    FixtureSentence s = SEED.get(0);
    assertThat(s.text()).startsWith("Trump refused to approve the order");

    assertThat(MATCHER.match(s.lemmas(), s.tokens()))
        .containsExactly(
            new FrameHit("regulation", 1, List.of("approve")),
            new FrameHit(
                "competitiveness",
                4,
                List.of("our leadership", "'s lead", "china", "job creation")),
            new FrameHit("labor_economy", 1, List.of("job")));
    assertThat(aiPolicyHits(0, new SentenceEntity("China", "COUNTRY", "China")))
        .as("China as a mention too still counts once")
        .containsEntry("competitiveness", 4);
  }

  @Test
  void pinsTheAiPolicyHitsOfSeedSentences() {
    assertThat(aiPolicyHits(1))
        .as("'leading companies' is no competitive lead: " + SEED.get(1).text())
        .isEqualTo(Map.of("regulation", 1, "safety_risk", 1));
    assertThat(aiPolicyHits(2))
        .as(SEED.get(2).text())
        .isEqualTo(
            Map.of("regulation", 1, "national_security", 1, "cybersecurity", 1, "safety_risk", 1));
    assertThat(aiPolicyHits(3))
        .as("jobs count for competitiveness only as job creation: " + SEED.get(3).text())
        .isEqualTo(Map.of("labor_economy", 1));
    assertThat(aiPolicyHits(4))
        .as(SEED.get(4).text())
        .isEqualTo(Map.of("regulation", 1, "safety_risk", 1));
    assertThat(aiPolicyHits(5)).as(SEED.get(5).text()).isEqualTo(Map.of("competitiveness", 1));
    assertThat(aiPolicyHits(6))
        .as(SEED.get(6).text())
        .isEqualTo(Map.of("regulation", 2, "safety_risk", 1));
    assertThat(aiPolicyHits(7)).as("no frame: " + SEED.get(7).text()).isEmpty();
  }

  @Test
  void mediaFramesReadTheSameSentencesDifferently() {
    FixtureSentence s = SEED.get(6);

    assertThat(MATCHER.match(s.lemmas(), s.tokens()))
        .filteredOn(h -> LEXICON.frame(h.frameId()).orElseThrow().group().equals("media_frames"))
        .containsExactly(
            new FrameHit("health_and_safety", 1, List.of("safety")),
            new FrameHit("public_opinion", 2, List.of("poll", "american voter")),
            new FrameHit("political", 1, List.of("voter")));
  }
}
