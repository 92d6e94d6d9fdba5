package dev.newsframes.sentiment.target;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.testing.Corpora;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsMtscReaderTest {
  @Test
  void readsTheSharedNewsMtscSplits() throws Exception {
    Path dir = Corpora.require("nlp/newsmtsc");
    List<LabelledTarget> train = NewsMtscReader.read(dir.resolve("train.jsonl"));
    assertThat(train).as("train targets (README: 8,734)").hasSize(8734);
    assertThat(train.stream().filter(t -> t.gold() == TargetLabel.NEGATIVE).count())
        .as("negative train targets (README: 3,316)")
        .isEqualTo(3316);
    assertThat(NewsMtscReader.read(dir.resolve("dev-mt.jsonl"))).as("dev-mt targets").hasSize(440);
  }
}
