package dev.newsframes.trends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsframes.io.Table;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.testing.SparkTestSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The trend tables are written several at a time; a failure must not cut the others short. */
class TrendsWritersSparkTest {

  @Test
  void writesRunAtOnceAndAllFinish() {
    CountDownLatch bothStarted = new CountDownLatch(2);
    Set<String> done = ConcurrentHashMap.newKeySet();
    Map<Table, Consumer<Warehouse>> writes = new LinkedHashMap<>();
    for (Table t : new Table[] {Tables.FRAME_TRENDS, Tables.SPIKES, Tables.EVIDENCE}) {
      writes.put(
          t,
          w -> {
            bothStarted.countDown();
            // the first two wait for each other: this only returns if they run at once
            await(bothStarted);
            done.add(t.name());
          });
    }

    TrendsJob.writeConcurrently(SparkTestSession.get(), null, writes);

    assertThat(done).containsExactlyInAnyOrder("frame_trends", "spikes", "evidence");
  }

  @Test
  void aFailedWriteIsThrownAfterTheOthersFinish() {
    Set<String> done = ConcurrentHashMap.newKeySet();
    Map<Table, Consumer<Warehouse>> writes = new LinkedHashMap<>();
    writes.put(
        Tables.FRAME_TRENDS,
        w -> {
          throw new IllegalStateException("disk full");
        });
    writes.put(
        Tables.SPIKES,
        w -> {
          sleep(300);
          done.add("spikes");
        });
    writes.put(Tables.EVIDENCE, w -> done.add("evidence"));

    assertThatThrownBy(() -> TrendsJob.writeConcurrently(SparkTestSession.get(), null, writes))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("disk full");
    assertThat(done).containsExactlyInAnyOrder("spikes", "evidence");
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).as("the other write started").isTrue();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
