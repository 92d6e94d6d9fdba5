package dev.newsframes.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ExecutorRequestTest {
  @Test
  void theRequestIsReadFromTheSparkConfiguration() {
    ExecutorRequest r =
        ExecutorRequest.of(
            Map.of(
                "spark.executor.cores", "4",
                "spark.executor.memory", "8g",
                "spark.cores.max", "2",
                "spark.app.name", "newsframes ingest"));

    assertThat(r)
        .as("4 cores, 8g, at most 2 cores")
        .isEqualTo(new ExecutorRequest(OptionalInt.of(4), "8g", 8192, OptionalInt.of(2)));
    assertThat(r.describe())
        .as("what was asked")
        .isEqualTo("spark.executor.cores=4, spark.executor.memory=8g (8192 MB), spark.cores.max=2");
    assertThat(r.coresMaxBelowOneExecutor()).as("2 cores at most for a 4-core executor").isTrue();
  }

  @Test
  void unsetValuesAreSparksDefaults() {
    ExecutorRequest r = ExecutorRequest.of(Map.of());

    assertThat(r.minCores()).as("cores: all a worker has free, at least 1").isEqualTo(1);
    assertThat(r.memoryMb()).as("memory: 1g").isEqualTo(1024);
    assertThat(r.describe())
        .as("what was asked")
        .isEqualTo(
            "spark.executor.cores unset (1 core at least), spark.executor.memory=1g (1024 MB)");
    assertThat(r.coresMaxBelowOneExecutor()).as("no spark.cores.max").isFalse();
  }

  @Test
  void memorySizesAreReadAsSparkReadsThem() {
    assertThat(ExecutorRequest.megabytes("512")).as("no unit: MB").isEqualTo(512);
    assertThat(ExecutorRequest.megabytes("512m")).as("512m").isEqualTo(512);
    assertThat(ExecutorRequest.megabytes("3G")).as("3G").isEqualTo(3072);
    assertThat(ExecutorRequest.megabytes("2gb")).as("2gb").isEqualTo(2048);
    assertThat(ExecutorRequest.megabytes("1t")).as("1t").isEqualTo(1024 * 1024);
    assertThat(ExecutorRequest.megabytes("2048k")).as("2048k").isEqualTo(2);
    assertThatThrownBy(() -> ExecutorRequest.megabytes("lots"))
        .as("not a size")
        .hasMessage("spark.executor.memory must be a size such as 4g or 512m, got 'lots'");
    assertThatThrownBy(() -> ExecutorRequest.of(Map.of("spark.executor.cores", "four")))
        .as("cores not a number")
        .hasMessage("spark.executor.cores must be a whole number, got 'four'");
  }

  @Test
  void aWorkerFitsWhenItsTotalsCoverOneExecutor() {
    ExecutorRequest r =
        ExecutorRequest.of(Map.of("spark.executor.cores", "4", "spark.executor.memory", "8g"));

    assertThat(r.fits(4, 8192)).as("exactly 4 cores, 8192 MB").isTrue();
    assertThat(r.fits(8, 16384)).as("larger").isTrue();
    assertThat(r.fits(3, 16384)).as("one core short").isFalse();
    assertThat(r.fits(8, 8191)).as("one MB short").isFalse();
  }
}
