package dev.newsframes.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsframes.io.StageState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stage skips only when its inputs, settings and outputs are those of its last run. */
class UnchangedRunTest {
  @TempDir Path dir;
  private final Configuration conf = new Configuration();
  private Path input;
  private Path output;
  private StageState state;

  @BeforeEach
  void lastRunWroteItsOutput() throws Exception {
    input = Files.createDirectories(dir.resolve("in"));
    Files.writeString(input.resolve("a.txt"), "a");
    output = Files.createDirectories(dir.resolve("out"));
    Files.writeString(output.resolve("part-0.parquet"), "rows");
    state = StageState.inWarehouse(conf, dir.toString(), "trends");
    UnchangedRun run = run("lexicon 1");
    assertThat(run.lastRun(Recompute.WHEN_CHANGED)).as("first run: nothing recorded").isEmpty();
    run.done(Map.of("periods", 3), "trends: 3 periods in 40.0s");
  }

  private UnchangedRun run(String settings) {
    return UnchangedRun.of(state, List.of(input.toString()), settings, List.of(output.toString()));
  }

  @Test
  void nothingChangedSkipsWithTheLastRunsCounts() {
    assertThat(run("lexicon 1").lastRun(Recompute.WHEN_CHANGED))
        .hasValueSatisfying(
            v -> assertThat(v).containsEntry("periods", "3").containsKey(UnchangedRun.SUMMARY));
    UnchangedResult r =
        new UnchangedResult(
            "trends",
            run("lexicon 1").lastRun(Recompute.WHEN_CHANGED).get(),
            Duration.ofMillis(300));
    assertThat(r.summary())
        .startsWith("trends: unchanged since its last run")
        .endsWith("that run: 3 periods in 40.0s");
    assertThat(r.counts()).containsEntry("periods", "3").containsEntry("unchanged_skipped", true);
  }

  @Test
  void aNewInputFileRuns() throws Exception {
    Files.writeString(input.resolve("b.txt"), "b");
    assertThat(run("lexicon 1").lastRun(Recompute.WHEN_CHANGED)).isEmpty();
  }

  @Test
  void aRewrittenInputRunsEvenAtTheSameSize() throws Exception {
    Path a = input.resolve("a.txt");
    Files.writeString(a, "z");
    Files.setLastModifiedTime(
        a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5000));
    assertThat(run("lexicon 1").lastRun(Recompute.WHEN_CHANGED)).isEmpty();
  }

  @Test
  void otherSettingsRun() {
    assertThat(run("lexicon 2").lastRun(Recompute.WHEN_CHANGED)).isEmpty();
  }

  @Test
  void anOutputTouchedSinceRuns() throws Exception {
    Files.delete(output.resolve("part-0.parquet"));
    assertThat(run("lexicon 1").lastRun(Recompute.WHEN_CHANGED)).isEmpty();
  }

  @Test
  void fullRefreshRunsAndARunThatFailsLeavesNothingToSkipOn() {
    assertThat(run("lexicon 1").lastRun(Recompute.ALWAYS)).isEmpty();
    // the forced run failed before done(): the record is gone
    assertThat(run("lexicon 1").lastRun(Recompute.WHEN_CHANGED)).isEmpty();
  }

  record Inner(Set<String> kinds, double level) {}

  record Options(String name, Inner inner, List<Integer> periods, Map<String, Integer> m) {}

  @Test
  void settingsKeysAreStableAcrossJvmsAndRefuseIdentityText() {
    Options o =
        new Options(
            "x",
            new Inner(Set.of("teaser", "article", "b"), 0.95),
            List.of(3, 1),
            Map.of("z", 1, "a", 2));
    assertThat(SettingsKey.of(o))
        .isEqualTo(
            "Options[name=x, inner=Inner[kinds=[article, b, teaser], level=0.95], periods=[3, 1],"
                + " m={a=2, z=1}]");
    assertThatThrownBy(() -> SettingsKey.of(new Object()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no stable toString");
  }
}
