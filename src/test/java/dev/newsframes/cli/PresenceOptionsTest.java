package dev.newsframes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.trends.FrameLexicon;
import dev.newsframes.trends.presence.FallbackRule;
import dev.newsframes.trends.presence.FramePresenceModel;
import dev.newsframes.trends.presence.PresenceModelFile;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PresenceOptionsTest {
  static final FramePresenceModel SHIPPED = FramePresenceModel.loadDefault();

  @Test
  void theShippedModelWasFittedWithTheShippedLexicon() {
    FrameLexicon shipped = FrameLexicon.load(Path.of("jobs/frames.yaml"));
    assertThat(SHIPPED.fittedLexicon()).contains(shipped.fingerprint());
    assertThat(new PresenceOptions().lexiconWarnings(SHIPPED, shipped)).isEmpty();
  }

  @Test
  void builtinCountsIsTheShippedLexiconOnlyModelWithoutSentenceClassifiers() {
    PresenceOptions o = new PresenceOptions();
    o.presenceModel = Path.of(PresenceOptions.COUNTS);
    FramePresenceModel counts = o.model();
    assertThat(counts.stateSource()).as("nothing to encode").isEmpty();
    assertThat(counts.models()).containsOnlyKeys("regulation", "competitiveness", "ai");
    assertThat(SHIPPED.framesWithSentences()).containsExactly("competitiveness", "regulation");
    assertThat(o.describe()).isEqualTo("shipped lexicon-only model");
    FrameLexicon shipped = FrameLexicon.load(Path.of("jobs/frames.yaml"));
    assertThat(counts.fittedLexicon()).contains(shipped.fingerprint());
  }

  @Test
  void anEditedLexiconIsNamedWithTheFittedFrames() {
    FrameLexicon shipped = FrameLexicon.load(Path.of("jobs/frames.yaml"));
    FrameLexicon edited =
        FrameLexicon.parse(
            "version: 1\nframes:\n"
                + "  - id: regulation\n    label: Regulation\n    group: ai_policy\n"
                + "    lemmas: [law]\n"
                + "  - id: weather\n    label: Weather\n    group: other\n    lemmas: [rain]\n",
            "my-frames.yaml");

    Optional<String> warning =
        PresenceOptions.lexiconMismatch(SHIPPED, edited, "shipped model", "my-frames.yaml");

    assertThat(warning)
        .contains(
            "the shipped model was fitted with lexicon "
                + shipped.fingerprint().substring(0, 12)
                + ", but my-frames.yaml is "
                + edited.fingerprint().substring(0, 12)
                + " (edited since?): the presence of regulation is decided with weights learned"
                + " on other terms. Check it with 'evaluate frames' or refit it with"
                + " 'train-frames'.");
  }

  @Test
  void weightsForAFrameTheLexiconLacksAreNamed() {
    FrameLexicon renamed =
        FrameLexicon.parse(
            "version: 1\nframes:\n"
                + "  - id: regulation\n    label: Regulation\n    group: ai_policy\n"
                + "    lemmas: [law]\n"
                + "  - id: race\n    label: Race\n    group: ai_policy\n    lemmas: [race]\n",
            "renamed.yaml");

    assertThat(
            PresenceOptions.framesNotInLexicon(SHIPPED, renamed, "shipped model", "renamed.yaml"))
        .as("the topic 'ai' is the model's topic, not a frame")
        .contains(
            "the shipped model has weights for competitiveness, which renamed.yaml does not"
                + " define: they are not used (a frame of the model must have the id it has in"
                + " the lexicon; the lexicon's frames use the fallback rule where the model has"
                + " none)");
    assertThat(
            PresenceOptions.framesNotInLexicon(
                SHIPPED, FrameLexicon.load(Path.of("jobs/frames.yaml")), "m", "frames.yaml"))
        .isEmpty();
  }

  @Test
  void noWarningWithoutFittedFramesOrProvenance() {
    FrameLexicon edited =
        FrameLexicon.parse(
            "version: 1\nframes:\n  - id: weather\n    label: Weather\n    group: other\n"
                + "    lemmas: [rain]\n",
            "w.yaml");
    assertThat(PresenceOptions.lexiconMismatch(SHIPPED, edited, "shipped model", "w.yaml"))
        .as("the model fits none of its frames")
        .isEmpty();
    assertThat(
            PresenceOptions.lexiconMismatch(
                FramePresenceModel.fallbackOnly(FallbackRule.DEFAULT), edited, "m", "w.yaml"))
        .isEmpty();
    assertThat(
            PresenceModelFile.parse(
                    "{\"format\": \"newsframes-presence\", \"version\": 1,"
                        + " \"provenance\": {\"lexicon\": \"x.yaml\"}}",
                    "m.json")
                .fittedLexicon())
        .as("a provenance without a fingerprint")
        .isEmpty();
  }
}
