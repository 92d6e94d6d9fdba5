package dev.newsframes.runtime;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.storage.StorageLevel;

/**
 * The datasets a job caches, released together when the job ends, also when it fails: a cached
 * dataset outlives its job in a long-lived session ({@code newsframes run}, notebooks, tests) and
 * holds executor memory until unpersisted.
 */
public final class Caches implements AutoCloseable {
  private final List<Dataset<?>> kept = new ArrayList<>();

  /** Persists a dataset in memory, spilling to disk, until {@link #close()}. */
  public <T> Dataset<T> keep(Dataset<T> dataset) {
    kept.add(dataset);
    return dataset.persist(StorageLevel.MEMORY_AND_DISK());
  }

  @Override
  public void close() {
    for (Dataset<?> d : kept) {
      d.unpersist();
    }
    kept.clear();
  }
}
