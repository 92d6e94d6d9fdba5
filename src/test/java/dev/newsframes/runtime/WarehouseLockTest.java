package dev.newsframes.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
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
    assertThat(dir.resolve("wh/_lock")).as("lock file after release").isEmptyFile();
    try (WarehouseLock next = WarehouseLock.acquire(conf, warehouse, "run-2", "trends")) {
      assertThat(Files.readString(dir.resolve("wh/_lock")))
          .as("holder")
          .contains("run-2", "trends", "process");
    }
  }

  @Test
  void aLockLeftByAHolderKilledWhileHoldingItIsTakenOver() throws Exception {
    Path warehouse = dir.resolve("wh");
    Process holder =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                WarehouseLockRace.class.getName(),
                "hold-and-halt",
                warehouse.toString())
            .redirectErrorStream(true)
            .start();
    String said = new String(holder.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(holder.waitFor()).as("holder exit (halted: %s)", said).isEqualTo(137);
    assertThat(Files.readString(warehouse.resolve("_lock")))
        .as("lock left by the dead holder")
        .contains("hold-and-halt", "process " + holder.pid() + "@");
    assertThat(WarehouseLock.deadOnThisHost(Files.readString(warehouse.resolve("_lock"))))
        .as("holder recognised as dead on this host")
        .isTrue();

    try (WarehouseLock next =
        WarehouseLock.acquire(conf, warehouse.toString(), "run-2", "ingest")) {
      assertThat(Files.readString(warehouse.resolve("_lock"))).as("holder").contains("run-2");
    }
  }

  @Test
  void aReleasedLockIsNotReleasedAgainByItsFormerHolder() throws Exception {
    String warehouse = dir.resolve("wh").toString();
    WarehouseLock first = WarehouseLock.acquire(conf, warehouse, "run-1", "ingest");
    first.close();
    try (WarehouseLock second = WarehouseLock.acquire(conf, warehouse, "run-2", "trends")) {
      assertThatThrownBy(() -> WarehouseLock.acquire(conf, warehouse, "run-3", "annotate"))
          .as("a third run while the second holds the lock")
          .isInstanceOf(WarehouseLock.LockedException.class)
          .hasMessageContaining("run-2");
    }
  }
}
