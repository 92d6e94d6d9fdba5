package dev.newsframes.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunManifestTest {
  @TempDir Path dir;

  @Test
  void theManifestRecordsCommandStagesAndOutcomeAsJson() throws Exception {
    RunManifest m = new RunManifest("run", List.of("--warehouse", "wh"));
    m.put("warehouse", dir.toString());
    m.stage("ingest", Duration.ofMillis(1500), Map.of("articles", 12L, "rejects", 1L));
    m.stage("annotate", Duration.ofSeconds(3), Map.of("sentences", 80L));

    String path = m.write(new Configuration(), dir.toString(), 3, "rejects over limit");

    assertThat(path).as("where").endsWith("/_runs/" + m.runId() + ".json");
    JsonNode doc = new ObjectMapper().readTree(Path.of(path.replaceFirst("^file:", "")).toFile());
    assertThat(doc.get("run_id").asText()).as("run id").isEqualTo(m.runId());
    assertThat(m.runId()).as("run id shape").matches("\\d{8}T\\d{6}Z-[0-9a-f]{8}");
    assertThat(doc.get("command").asText()).isEqualTo("run");
    assertThat(doc.get("arguments").toString()).isEqualTo("[\"--warehouse\",\"wh\"]");
    assertThat(doc.get("exit_code").asInt()).as("exit code").isEqualTo(3);
    assertThat(doc.get("status").asText()).isEqualTo("rejects over limit");
    JsonNode stages = doc.get("stages");
    assertThat(stages).as("stages").hasSize(2);
    assertThat(stages.get(0).get("stage").asText()).isEqualTo("ingest");
    assertThat(stages.get(0).get("duration_ms").asLong()).isEqualTo(1500);
    assertThat(stages.get(0).get("articles").asLong()).isEqualTo(12);
    assertThat(stages.get(1).get("sentences").asLong()).isEqualTo(80);
    assertThat(doc.get("finished_at").asText()).as("finished").isNotBlank();
  }
}
