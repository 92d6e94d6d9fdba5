package dev.newsframes.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsframes.lab.evaluate.SentimentDatasets;
import dev.newsframes.sentiment.SentimentClassifier;
import dev.newsframes.sentiment.SentimentFixtures;
import dev.newsframes.sentiment.SentimentModelFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

  private static byte[] tinyModel(int sentences) {
    List<SentimentClassifier.Example> all =
        SentimentFixtures.examples(SentimentFixtures.TRAIN, SentimentDatasets.Format.CSV);
    List<SentimentClassifier.Example> some = new ArrayList<>();
    for (int i = 0; i < all.size(); i += all.size() / sentences) {
      some.add(all.get(i));
    }
    return SentimentClassifier.train(some, SentimentClassifier.Settings.defaults(), "test")
        .toBytes();
  }

  @Test
  void classifierRunsWithoutParseAndFingerprintsItsModelFile() throws Exception {
    Files.write(dir.resolve("m.ser.gz"), tinyModel(30));
    Path file =
        write(
            "c.properties", "nlp.sentiment-model=classifier\nnlp.sentiment-model-path=m.ser.gz\n");
    NlpConfig c = NlpConfigLoader.load(file);
    assertThat(c.annotators())
        .as("parse and sentiment dropped from the default annotators")
        .containsExactly("tokenize", "ssplit", "pos", "lemma", "ner");
    assertThat(c.sentimentModelFile().map(SentimentModelFile::fileName))
        .as("model file, relative to the properties file")
        .contains("m.ser.gz");
    assertThat(SentimentModels.forConfig(c).map(SentenceSentimentModel::name))
        .as("model")
        .contains("classifier");
    assertThat(c.fingerprint())
        .as("same file twice")
        .isEqualTo(NlpConfigLoader.load(file).fingerprint());
    Files.write(dir.resolve("m.ser.gz"), tinyModel(20));
    assertThat(NlpConfigLoader.load(file).fingerprint())
        .as("retrained model, other fingerprint")
        .isNotEqualTo(c.fingerprint());
    assertThat(NlpConfig.defaults().annotators())
        .as("rntn keeps the parse")
        .contains("parse", "sentiment");
  }

  @Test
  void classifierConfigSurvivesJavaSerializationWithItsModel() throws Exception {
    Files.write(dir.resolve("m.ser.gz"), tinyModel(30));
    NlpConfig c =
        NlpConfigLoader.load(
            write(
                "c.properties",
                "nlp.sentiment-model=classifier\nnlp.sentiment-model-path=m.ser.gz\n"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(c);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      NlpConfig back = (NlpConfig) in.readObject();
      assertThat(back).as("round trip").isEqualTo(c);
      assertThat(back.fingerprint()).as("fingerprint").isEqualTo(c.fingerprint());
      assertThat(back.sentimentModelFile().orElseThrow().content())
          .as("model bytes travel to executors")
          .isEqualTo(c.sentimentModelFile().orElseThrow().content());
    }
  }

  @Test
  void classifierWithoutAUsableModelFileFailsNamingTheSetting() throws Exception {
    Path noPath = write("a.properties", "nlp.sentiment-model=classifier\n");
    assertThatThrownBy(() -> NlpConfigLoader.load(noPath))
        .as("no path")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nlp.sentiment-model-path")
        .hasMessageContaining("train-sentiment")
        .hasMessageContaining("a.properties");
    Path missing =
        write(
            "b.properties",
            "nlp.sentiment-model=classifier\nnlp.sentiment-model-path=models/none.ser.gz\n");
    assertThatThrownBy(() -> NlpConfigLoader.load(missing))
        .as("missing file")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no such file " + dir.resolve("models/none.ser.gz"));
    write("garbage.ser.gz", "not a model");
    Path garbage =
        write(
            "c.properties",
            "nlp.sentiment-model=classifier\nnlp.sentiment-model-path=garbage.ser.gz\n");
    assertThatThrownBy(() -> NlpConfigLoader.load(garbage))
        .as("not a model")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("garbage.ser.gz");
    assertThat(
            NlpConfigLoader.load(Optional.of(missing), Map.of("nlp.sentiment-model", "rntn"))
                .sentimentModelFile())
        .as("the path is not read unless the classifier is chosen")
        .isEmpty();
  }

  @Test
  void entitySentimentIsOnByDefaultAndNoneLoadsNoModel() throws Exception {
    NlpConfig on = NlpConfig.defaults();
    assertThat(on.entitySentiment()).as("default setting").isEqualTo("default");
    assertThat(on.entitySentimentHead()).as("shipped head travels in the config").isPresent();
    NlpConfig off = NlpConfigLoader.load(Optional.empty(), Map.of("nlp.entity-sentiment", "none"));
    assertThat(off.entitySentimentHead()).as("no head when off").isEmpty();
    assertThat(EntitySentimentModels.forConfig(off)).as("no model when off").isEmpty();
    assertThat(off.fingerprint())
        .as("switching it changes the output")
        .isNotEqualTo(on.fingerprint());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(on);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      NlpConfig back = (NlpConfig) in.readObject();
      assertThat(back.entitySentimentHead().orElseThrow().sha256())
          .as("head after serialization")
          .isEqualTo(on.entitySentimentHead().orElseThrow().sha256());
    }
  }

  @Test
  void entitySentimentSettingsFailBeforeSparkNamingTheKey() throws Exception {
    assertThatThrownBy(
            () -> NlpConfigLoader.load(Optional.empty(), Map.of("nlp.entity-sentiment", "vader")))
        .as("unknown model")
        .hasMessageContaining("nlp.entity-sentiment")
        .hasMessageContaining("vader");
    assertThatThrownBy(
            () -> NlpConfigLoader.load(Optional.empty(), Map.of("nlp.entity-sentiment", "trained")))
        .as("trained without a head file")
        .hasMessageContaining("nlp.entity-sentiment-model-path");
    Path junk = write("head.bin", "not a head");
    assertThatThrownBy(
            () ->
                NlpConfigLoader.load(
                    Optional.empty(),
                    Map.of(
                        "nlp.entity-sentiment",
                        "trained",
                        "nlp.entity-sentiment-model-path",
                        junk.toString())))
        .as("a file that is no head")
        .hasMessageContaining("head.bin");
  }
}
