package dev.newsframes.trends;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.trends.presence.FramePresenceModel;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrendsJobSettingsTest {
  private static TrendsJob.Options options() {
    return TrendsJob.Options.builder(FrameLexicon.load(Path.of("jobs/frames.yaml")))
        .presence(
            FramePresenceModel.loadDefault(), TopicDefinition.load(Path.of("jobs/topic-ai.yaml")))
        .build();
  }

  @Test
  void theShippedModelGivesAStableSettingsKey() {
    String key = TrendsJob.settingsKey(options());

    assertThat(key).as("same options, same key").isEqualTo(TrendsJob.settingsKey(options()));
    assertThat(key).contains("\"frame\" : \"competitiveness\"").doesNotContain("[D@");
    assertThat(key)
        .as("the fallback rule alone: another key")
        .isNotEqualTo(
            TrendsJob.settingsKey(
                TrendsJob.Options.builder(FrameLexicon.load(Path.of("jobs/frames.yaml")))
                    .presence(
                        FramePresenceModel.fallbackOnly(
                            FramePresenceModel.loadDefault().fallback()),
                        Optional.empty())
                    .build()));
  }
}
