package dev.newsframes.sentiment.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsframes.trends.presence.SentenceClassifier;
import org.junit.jupiter.api.Test;

/** What the kept sentence states are keyed by: the source and its encoder's exact files. */
class EncoderFingerprintTest {
  @Test
  void theFingerprintNamesTheEncodersFiles() {
    String bge = EncoderSpec.BGE_SMALL_Q.fingerprint();

    assertThat(bge).matches("[0-9a-f]{16}").isEqualTo(EncoderSpec.BGE_SMALL_Q.fingerprint());
    assertThat(EncoderSpec.MINILM_L6_Q.fingerprint())
        .as("another encoder, other files")
        .isNotEqualTo(bge)
        .matches("[0-9a-f]{16}");
    assertThat(SentenceStates.versioned(SentenceClassifier.DEFAULT_SOURCE))
        .isEqualTo(SentenceClassifier.DEFAULT_SOURCE + "@" + bge);
  }

  @Test
  void anUnknownEncoderHasNoVersion() {
    assertThatThrownBy(() -> SentenceStates.versioned("no-such-encoder:plain:mean:m3"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
