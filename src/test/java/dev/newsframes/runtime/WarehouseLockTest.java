package dev.newsframes.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseLockTest {
  @TempDir Path dir;

  private final Configuration conf = new Configuration();

  @Test
  void aSecondRunIsRefusedAndToldWhoHoldsTheLock() {
    String warehouse = dir.resolve("wh").toString();
    try (WarehouseLock held = WarehouseLock.acquire(conf, warehouse, "run-1", "ingest")) {
      assertThat(dir.resolve("wh/_lock")).as("lock file").exists();
      assertThatThrownBy(() -> WarehouseLock.acquire(conf, warehouse, "run-2", "trends"))
          .isInstanceOf(WarehouseLock.LockedException.class)
          .hasMessageContaining("run-1")
          .hasMessageContaining("ingest")
          .hasMessageContaining("_lock");
    }
  }

  @Test
  void releasingTheLockLetsTheNextRunIn() throws Exception {
    String warehouse = dir.resolve("wh").toString();
    WarehouseLock.acquire(conf, warehouse, "run-1", "ingest").close();
    assertThat(dir.resolve("wh/_lock")).as("lock file after release").doesNotExist();
    try (WarehouseLock next = WarehouseLock.acquire(conf, warehouse, "run-2", "trends")) {
      assertThat(Files.readString(dir.resolve("wh/_lock")))
          .as("holder")
          .contains("run-2", "trends", "process");
    }
  }
}
