package dev.newsframes.lab.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.newsframes.common.PrecisionRecall;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerScoresTest {
  @Test
  void iob1TagsBecomeSpansWithBStartingAdjacentEntities() {
    List<String> tags = List.of("I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG", "I-MISC");
    assertThat(EntitySpan.fromIob(7, tags))
        .as("IOB1 spans")
        .containsExactly(
            new EntitySpan(7, 0, 2, "PER"),
            new EntitySpan(7, 3, 4, "LOC"),
            new EntitySpan(7, 4, 5, "LOC"),
            new EntitySpan(7, 5, 6, "ORG"),
            new EntitySpan(7, 6, 7, "MISC"));
  }

  @Test
  void iob2TagsGiveTheSameSpans() {
    assertThat(EntitySpan.fromIob(0, List.of("B-PER", "I-PER", "O", "B-ORG")))
        .as("IOB2 spans")
        .containsExactly(new EntitySpan(0, 0, 2, "PER"), new EntitySpan(0, 3, 4, "ORG"));
  }

  @Test
  void typeRunsMergeAdjacentTokensOfOneType() {
    assertThat(EntitySpan.fromTypeRuns(1, List.of("PER", "PER", "O", "LOC", "ORG", "ORG")))
        .as("CoreNLP-style per-token types")
        .containsExactly(
            new EntitySpan(1, 0, 2, "PER"),
            new EntitySpan(1, 3, 4, "LOC"),
            new EntitySpan(1, 4, 6, "ORG"));
  }

  @Test
  void exactSpanAndTypeMatchScoresHandComputed() {
    List<EntitySpan> gold =
        List.of(
            new EntitySpan(0, 0, 2, "PER"),
            new EntitySpan(0, 3, 4, "LOC"),
            new EntitySpan(1, 0, 1, "ORG"),
            new EntitySpan(1, 2, 3, "ORG"));
    List<EntitySpan> predicted =
        List.of(
            new EntitySpan(0, 0, 2, "PER"), // right
            new EntitySpan(0, 3, 4, "ORG"), // wrong type: FP for ORG, FN for LOC
            new EntitySpan(1, 0, 1, "ORG"), // right
            new EntitySpan(1, 2, 4, "ORG")); // wrong boundary: FP and FN for ORG
    NerScores s = NerScores.of(gold, predicted);
    assertThat(s.byType().get("PER")).as("PER").isEqualTo(new PrecisionRecall(1, 0, 0));
    assertThat(s.byType().get("LOC")).as("LOC").isEqualTo(new PrecisionRecall(0, 0, 1));
    assertThat(s.byType().get("ORG")).as("ORG").isEqualTo(new PrecisionRecall(1, 2, 1));
    PrecisionRecall all = s.overall();
    assertThat(all.precision()).as("overall precision 2/4").isCloseTo(0.5, within(1e-12));
    assertThat(all.recall()).as("overall recall 2/4").isCloseTo(0.5, within(1e-12));
    assertThat(s.byType().get("ORG").f1()).as("ORG f1: p 1/3, r 1/2").isCloseTo(0.4, within(1e-12));
  }

  @Test
  void emptyPredictionsScoreZeroNotNaN() {
    PrecisionRecall none = new PrecisionRecall(0, 0, 3);
    assertThat(none.precision()).as("precision").isZero();
    assertThat(none.f1()).as("f1").isZero();
  }

  @Test
  void conllMappingFoldsFineTypesIntoTheFourClasses() {
    assertThat(ConllTypes.of("CITY")).as("CITY").isEqualTo("LOC");
    assertThat(ConllTypes.of("NATIONALITY")).as("NATIONALITY").isEqualTo("MISC");
    assertThat(ConllTypes.of("PRODUCT")).as("our PRODUCT").isEqualTo("MISC");
    assertThat(ConllTypes.of("DATE")).as("DATE").isEqualTo("O");
  }

  @Test
  void conllReaderSplitsDocumentsAndSentences() {
    List<String> lines =
        List.of(
            "-DOCSTART- -X- O O",
            "",
            "EU NNP I-NP I-ORG",
            "rejects VBZ I-VP O",
            "",
            "Peter NNP I-NP I-PER",
            "",
            "-DOCSTART- -X- O O",
            "",
            "Bonn NNP I-NP I-LOC",
            "");
    List<ConllDocument> docs = ConllDocument.parse(lines, "t");
    assertThat(docs).as("documents").hasSize(2);
    assertThat(docs.get(0).sentences()).as("sentences of doc 1").hasSize(2);
    assertThat(docs.get(0).sentences().get(0).tags()).as("tags").containsExactly("I-ORG", "O");
    assertThat(docs.get(1).sentences().get(0).tokens()).as("doc 2").containsExactly("Bonn");
  }
}
