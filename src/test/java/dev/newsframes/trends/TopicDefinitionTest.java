package dev.newsframes.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsframes.trends.presence.FrameHit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicDefinitionTest {
  @Test
  void readsTheTopicSectionAndMatchesLikeAFrame() {
    TopicDefinition topic =
        TopicDefinition.fromYaml(
                "frames: []\ntopic:\n  id: ai\n  lemmas: [AI, chatbot]\n"
                    + "  phrases: [machine learning]\n",
                "t.yaml")
            .orElseThrow();

    List<FrameHit> hits =
        topic
            .matcher()
            .match(
                List.of("the", "chatbot", "use", "machine", "learning"),
                List.of("The", "chatbot", "uses", "machine", "learning"));

    assertThat(topic.id()).isEqualTo("ai");
    assertThat(hits).containsExactly(new FrameHit("ai", 2, List.of("chatbot", "machine learning")));
  }

  @Test
  void noSectionNoTopicAndBadTermsFail() {
    assertThat(TopicDefinition.fromYaml("frames: []\n", "t.yaml")).isEmpty();
    assertThatThrownBy(
            () ->
                TopicDefinition.fromYaml(
                    "topic:\n  id: ai\n  lemmas: [machine learning]\n", "t.yaml"))
        .hasMessageContaining("t.yaml")
        .hasMessageContaining("machine learning");
  }

  @Test
  void theShippedAiTopicLoads() throws Exception {
    Path file = Path.of("jobs/topic-ai.yaml");
    TopicDefinition topic =
        TopicDefinition.fromYaml(Files.readString(file, StandardCharsets.UTF_8), file.toString())
            .orElseThrow();

    assertThat(topic.id()).isEqualTo("ai");
    assertThat(topic.terms().phrases()).contains("artificial intelligence");
  }
}
