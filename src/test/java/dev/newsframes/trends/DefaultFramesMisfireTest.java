package dev.newsframes.trends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.trends.presence.FrameHit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pins the fixes of the shipped lexicon that the ai-tech pages called for, on sentences written in
 * the patterns that misfired, with real CoreNLP tokens and lemmas.
 */
class DefaultFramesMisfireTest {
  private static final FrameLexicon LEXICON = FrameLexicon.load(FrameLexiconTest.DEFAULT);
  private static final FrameMatcher MATCHER = LEXICON.matcher();
  private static final List<FixtureSentence> SENTENCES =
      FixtureSentence.load(FixtureSentence.LEXICON);

  /** Hits of the regulation and competitiveness frames in sentence {@code i}. */
  private static Map<String, Integer> balanceHits(int i) {
    FixtureSentence s = SENTENCES.get(i);
    return MATCHER.match(s.lemmas(), s.tokens()).stream()
        .filter(h -> List.of("regulation", "competitiveness").contains(h.frameId()))
        .collect(Collectors.toMap(FrameHit::frameId, FrameHit::hits));
  }

  private static String text(int i) {
    return SENTENCES.get(i).text();
  }

  @Test
  void leadingIsNoLeadEvenThoughCoreNlpLemmatisesItSo() {
    assertThat(SENTENCES.get(0).lemmas()).as("the premise").contains("lead");
    assertThat(balanceHits(0)).as(text(0)).isEmpty();
    assertThat(balanceHits(1)).as(text(1)).isEmpty();
    assertThat(balanceHits(2)).as(text(2)).isEqualTo(Map.of("competitiveness", 1));
  }

  @Test
  void lawEnforcementIsPolicingButAntitrustEnforcementIsRegulation() {
    assertThat(balanceHits(3)).as(text(3)).isEmpty();
    assertThat(balanceHits(4)).as(text(4)).isEqualTo(Map.of("regulation", 2));
  }

  @Test
  void rulesAndLicencesCountOnlyAsGovernmentRulesAndLicences() {
    assertThat(balanceHits(5)).as(text(5)).isEmpty();
    assertThat(balanceHits(6)).as(text(6)).isEqualTo(Map.of("regulation", 2));
    assertThat(balanceHits(7)).as(text(7)).isEmpty();
    assertThat(balanceHits(8)).as(text(8)).isEqualTo(Map.of("regulation", 1));
  }

  @Test
  void fundingRoundsAreNoCompetitivenessButPublicInvestmentInAiIs() {
    assertThat(balanceHits(9)).as(text(9)).isEmpty();
    assertThat(balanceHits(10)).as(text(10)).isEmpty();
    assertThat(MATCHER.match(SENTENCES.get(11).lemmas(), SENTENCES.get(11).tokens()))
        .as(text(11))
        .contains(
            new FrameHit("competitiveness", 3, List.of("public investment", "keep pace", "china")));
  }

  @Test
  void itGovernanceAndCompetitionRegulatorsAreReadRight() {
    assertThat(balanceHits(12)).as(text(12)).isEmpty();
    assertThat(balanceHits(13))
        .as("a competition regulator is regulation, not a race: " + text(13))
        .isEqualTo(Map.of("regulation", 1));
  }
}
