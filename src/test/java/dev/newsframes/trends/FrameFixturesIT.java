package dev.newsframes.trends;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsframes.nlp.AnnotatedDocument;
import dev.newsframes.nlp.AnnotatedSentence;
import dev.newsframes.nlp.AnnotationResult;
import dev.newsframes.nlp.DocumentAnnotator;
import dev.newsframes.nlp.NlpConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sentence fixtures of the frame tests hold the tokens and lemmas that {@code annotate} stores
 * with the default {@code jobs/annotate.properties}, so the pinned frame hits are those of real
 * runs. On a mismatch the fixture as annotate sees it now is written to {@code target/frames/}:
 * review the diff and copy it over the fixture.
 */
class FrameFixturesIT {
  private static DocumentAnnotator annotator;

  @BeforeAll
  static void pipeline() {
    annotator =
        DocumentAnnotator.forConfig(NlpConfigLoader.load(Path.of(NlpConfigLoader.DEFAULT_FILE)));
  }

  @ParameterizedTest
  @ValueSource(strings = {FixtureSentence.SEED, FixtureSentence.LEXICON})
  void tokensAndLemmasAreWhatAnnotateStores(String fixture) throws IOException {
    List<FixtureSentence> expected = FixtureSentence.load(fixture);
    List<FixtureSentence> actual = new ArrayList<>();
    for (FixtureSentence s : expected) {
      actual.add(annotate(s.text()));
    }
    if (!actual.equals(expected)) {
      Path regenerated = Path.of("target", "frames", fixture);
      write(fixture, actual, regenerated);
      assertThat(actual)
          .as("tokens and lemmas of %s; annotate's version is in %s", fixture, regenerated)
          .isEqualTo(expected);
    }
    assertThat(actual).as(fixture).isNotEmpty();
  }

  private static FixtureSentence annotate(String text) {
    AnnotationResult r = annotator.annotate("fixture", text);
    assertThat(r).as("annotating: " + text).isInstanceOf(AnnotatedDocument.class);
    List<AnnotatedSentence> sentences = ((AnnotatedDocument) r).sentences();
    assertThat(sentences).as("a fixture sentence is one CoreNLP sentence: " + text).hasSize(1);
    AnnotatedSentence s = sentences.get(0);
    return new FixtureSentence(text, s.tokens(), s.lemmas());
  }

  private static void write(String fixture, List<FixtureSentence> sentences, Path to)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode old;
    try (InputStream in = FixtureSentence.class.getResourceAsStream("/frames/" + fixture)) {
      old = json.readTree(in);
    }
    ObjectNode root = json.createObjectNode();
    root.set("about", old.get("about"));
    ArrayNode list = root.putArray("sentences");
    for (FixtureSentence s : sentences) {
      ObjectNode n = list.addObject();
      n.put("text", s.text());
      s.tokens().forEach(n.putArray("tokens")::add);
      s.lemmas().forEach(n.putArray("lemmas")::add);
    }
    Files.createDirectories(to.getParent());
    json.writerWithDefaultPrettyPrinter().writeValue(to.toFile(), root);
  }
}
