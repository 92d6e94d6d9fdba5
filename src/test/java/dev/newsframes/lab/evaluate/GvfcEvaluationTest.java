package dev.newsframes.lab.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GvfcEvaluationTest {
  @Test
  void printsTheThreeModelsBesideThePublishedBaselines() {
    // 4 politics headlines hit politics; 4 economic ones hit nothing but share "stock"
    List<GvfcHeadline> data = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      data.add(new GvfcHeadline(3, List.of("senate", "gun"), Map.of("politics", 1)));
      data.add(new GvfcHeadline(9, List.of("stock", "gun"), Map.of()));
    }
    GvfcEvaluation e =
        GvfcEvaluation.crossValidate(
            data, Map.of(3, "politics", 9, "economic_consequences"), List.of("politics"), 2, 7);
    assertThat(e.rows()).extracting(GvfcEvaluation.Row::model).hasSize(3);
    // mapping rule: politics right; economic headlines have no hit, and the training majority
    // is a tie (2 and 2) that goes to the lower frame, politics: micro 4/8, macro (2/3 + 0) / 9
    assertThat(e.rows().get(0).score().micro()).isEqualTo(0.5);
    assertThat(e.rows().get(0).score().macro()).isEqualTo(2.0 / 3 / 9);
    // Naive Bayes separates them on "senate" / "stock": macro (1 + 1) / 9
    assertThat(e.rows().get(1).score().micro()).isEqualTo(1.0);
    assertThat(e.rows().get(2).score().micro()).isEqualTo(1.0);
    assertThat(e.table())
        .contains("2-fold CV stratified by frame, seed 7")
        .contains("mapping rule (mapped frame with most hits)         0.500     0.074")
        .contains("Naive Bayes over lemmas                            1.000     0.222")
        .contains("published: Naive Bayes (Liu et al. 2019)            0.65")
        .contains("published: BERT (Liu et al. 2019)                   0.83");
  }

  @Test
  void heldOutFitsOnTrainingHeadlinesAndScoresTheOthers() {
    List<GvfcHeadline> train = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      train.add(new GvfcHeadline(3, List.of("senate", "gun"), Map.of("politics", 1)));
      train.add(new GvfcHeadline(9, List.of("stock", "gun"), Map.of()));
    }
    List<GvfcHeadline> test =
        List.of(
            new GvfcHeadline(3, List.of("senate"), Map.of("politics", 1)),
            new GvfcHeadline(9, List.of("stock"), Map.of()),
            new GvfcHeadline(9, List.of("senate"), Map.of()));
    GvfcEvaluation e =
        GvfcEvaluation.heldOut(
            train, test, Map.of(3, "politics", 9, "economic_consequences"), List.of("politics"));
    assertThat(e.rows().get(0).score().micro())
        .as("mapping rule: politics for all three (hit, then the tied majority)")
        .isEqualTo(1.0 / 3);
    assertThat(e.rows().get(1).score().micro())
        .as("Naive Bayes: the economic headline that says senate goes to politics")
        .isEqualTo(2.0 / 3);
    assertThat(e.table()).startsWith("fitted on 8 headlines, scored on 3 held-out headlines");
  }

  @Test
  void headlinesWithVectorsAddTheVectorModelsRow() {
    // the lemmas say nothing ("gun" everywhere); the vectors point one way per frame
    List<GvfcHeadline> data = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      data.add(new GvfcHeadline(3, List.of("gun"), Map.of()).withVector(new float[] {1, 0.1f * i}));
      data.add(new GvfcHeadline(9, List.of("gun"), Map.of()).withVector(new float[] {0.1f * i, 1}));
    }
    GvfcEvaluation e =
        GvfcEvaluation.crossValidate(
            data, Map.of(3, "politics", 9, "economic_consequences"), List.of("politics"), 2, 7);
    assertThat(e.rows()).extracting(GvfcEvaluation.Row::model).hasSize(4);
    assertThat(e.rows().get(3).model()).isEqualTo(GvfcEvaluation.VECTOR_MODEL);
    assertThat(e.rows().get(3).score().micro()).isEqualTo(1.0);
    assertThat(e.rows().get(1).score().micro())
        .as("Naive Bayes over the same headlines: only the prior")
        .isEqualTo(0.5);
  }
}
