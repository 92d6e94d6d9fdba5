package dev.newsframes.lab.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LiveHeapPeakTest {
  @Test
  void countsWhatIsStillReachableAfterACollection() throws InterruptedException {
    try (LiveHeapPeak live = new LiveHeapPeak()) {
      byte[] kept = new byte[64 << 20];
      kept[kept.length - 1] = 1;
      System.gc();
      // notifications arrive on the JDK's own thread, shortly after the collection
      for (int i = 0; i < 100 && live.collections() == 0; i++) {
        Thread.sleep(50);
      }
      assertTrue(live.collections() > 0, "no collection was reported");
      assertTrue(
          live.peakBytes() >= kept.length,
          "a live 64 MB array, but the peak after collection is " + live.peakBytes());
    }
  }
}
