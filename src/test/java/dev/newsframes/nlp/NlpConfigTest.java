package dev.newsframes.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NlpConfigTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void defaultsRunEveryAnnotatorOnceWithTheShiftReduceParser() {
    NlpConfig c = NlpConfig.defaults();
    assertThat(c.annotators())
        .as("annotators")
        .containsExactly("tokenize", "ssplit", "pos", "lemma", "ner", "parse", "sentiment");
    assertThat(c.corenlp()).as("parser").containsEntry("parse.model", ParserModel.SR.path());
    assertThat(c.documentTimeout()).as("timeout").isEqualTo(Duration.ofSeconds(120));
    assertThat(c.gazetteer()).as("no gazetteer without a file").isEmpty();
  }

  @Test
  void shippedSettingsFileSpellsOutTheBuiltInCoreNlpDefaults() {
    NlpConfig shipped = NlpConfigLoader.load(Path.of("jobs/annotate.properties"));
    NlpConfig builtIn = NlpConfig.defaults();
    assertThat(shipped.corenlp())
        .as("jobs/annotate.properties vs built-in")
        .isEqualTo(builtIn.corenlp());
    assertThat(shipped.maxChars()).as("max chars").isEqualTo(builtIn.maxChars());
    assertThat(shipped.mentionTypes()).as("mention types").isEqualTo(builtIn.mentionTypes());
    assertThat(shipped.gazetteer())
        .as("shipped gazetteer")
        .extracting(GazetteerEntry::name)
        .contains("OpenAI", "Anthropic", "xAI", "Mythos", "NIST", "CAISI");
  }

  @Test
  void fileOverridesDefaultsAndPassesCoreNlpKeysThrough() throws Exception {
    Path file = write("a.properties", "parse.maxlen = 50\nner.foo=bar\nnlp.max-chars=1000\n");
    NlpConfig c = NlpConfigLoader.load(file);
    assertThat(c.corenlp())
        .as("CoreNLP keys")
        .containsEntry("parse.maxlen", "50")
        .containsEntry("ner.foo", "bar");
    assertThat(c.corenlp()).as("our keys stay out of CoreNLP's").doesNotContainKey("nlp.max-chars");
    assertThat(c.maxChars()).as("max chars").isEqualTo(1000);
  }

  @Test
  void fingerprintIsStableAndFollowsWhatChangesOutput() throws Exception {
    write("g.tsv", "OpenAI\tORGANIZATION\n");
    Path file = write("a.properties", "nlp.gazetteer=g.tsv\n");
    String first = NlpConfigLoader.load(file).fingerprint();
    assertThat(NlpConfigLoader.load(file).fingerprint()).as("same file twice").isEqualTo(first);
    assertThat(NlpConfigLoader.load(Optional.of(file), Map.of("parse.maxlen", "40")).fingerprint())
        .as("a CoreNLP property changed")
        .isNotEqualTo(first);
    assertThat(
            NlpConfigLoader.load(Optional.of(file), Map.of("nlp.document-timeout-seconds", "5"))
                .fingerprint())
        .as("only the timeout changed")
        .isEqualTo(first);
    write("g.tsv", "OpenAI\tORGANIZATION\nxAI\tORGANIZATION\n");
    assertThat(NlpConfigLoader.load(file).fingerprint())
        .as("gazetteer content changed")
        .isNotEqualTo(first);
  }

  @Test
  void pipelineKeyIgnoresSettingsAppliedAfterCoreNlp() {
    NlpConfig c = NlpConfig.defaults();
    NlpConfig other = NlpConfigLoader.load(Optional.empty(), Map.of("nlp.mention-types", "PERSON"));
    assertThat(other.pipelineKey()).as("same CoreNLP pipeline").isEqualTo(c.pipelineKey());
    assertThat(other.fingerprint()).as("different output").isNotEqualTo(c.fingerprint());
  }

  @Test
  void unknownOwnKeyAndBadNumberFailWithFileAndKey() throws Exception {
    Path typo = write("t.properties", "nlp.max-char=10\n");
    assertThatThrownBy(() -> NlpConfigLoader.load(typo))
        .as("typo")
        .hasMessageContaining("nlp.max-char")
        .hasMessageContaining("t.properties");
    Path nan = write("n.properties", "nlp.document-timeout-seconds=soon\n");
    assertThatThrownBy(() -> NlpConfigLoader.load(nan))
        .as("not a number")
        .hasMessageContaining("soon");
  }

  @Test
  void sentimentModelMustHaveItsAnnotators() {
    assertThatThrownBy(
            () ->
                NlpConfigLoader.load(Optional.empty(), Map.of("annotators", "tokenize,ssplit,pos")))
        .as("rntn without parse")
        .hasMessageContaining("needs the CoreNLP annotator parse");
    assertThat(
            NlpConfigLoader.load(
                    Optional.empty(),
                    Map.of("annotators", "tokenize,ssplit,pos", "nlp.sentiment-model", "none"))
                .sentimentModel())
        .as("no sentiment, no parse")
        .isEqualTo("none");
  }

  @Test
  void survivesJavaSerializationForSparkExecutors() throws Exception {
    write("g.tsv", "Mythos\tPRODUCT\n");
    write("al.tsv", "US\tUnited States\n");
    NlpConfig c =
        NlpConfigLoader.load(
            write("a.properties", "nlp.gazetteer=g.tsv\nnlp.entity-aliases=al.tsv\n"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(c);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      NlpConfig back = (NlpConfig) in.readObject();
      assertThat(back).as("round trip").isEqualTo(c);
      assertThat(back.fingerprint()).as("fingerprint after round trip").isEqualTo(c.fingerprint());
    }
  }
}
