package dev.newsframes.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * An exclusive lock on a warehouse for runs that write it: the file {@code <warehouse>/_lock},
 * created only if absent. A second run refuses to start and says who holds the lock.
 *
 * <p>A run that dies without releasing leaves the file behind; the refusal names it, so an operator
 * who has checked that the run is gone can delete it. (Object stores without atomic
 * create-if-absent, such as plain S3, make this best effort.)
 */
public final class WarehouseLock implements AutoCloseable {
  private final FileSystem fs;
  private final Path path;

  private WarehouseLock(FileSystem fs, Path path) {
    this.fs = fs;
    this.path = path;
  }

  /** Takes the lock or throws {@link LockedException} describing the holder. */
  public static WarehouseLock acquire(
      Configuration conf, String warehouse, String runId, String command) {
    Path path = new Path(warehouse, "_lock");
    try {
      FileSystem fs = path.getFileSystem(conf);
      fs.mkdirs(path.getParent());
      try (OutputStream out = fs.create(path, false)) {
        out.write(holder(runId, command).getBytes(StandardCharsets.UTF_8));
      }
      return new WarehouseLock(fs, path);
    } catch (FileAlreadyExistsException e) {
      throw new LockedException(path, read(path, conf));
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().contains("already exists")) {
        throw new LockedException(path, read(path, conf));
      }
      throw new UncheckedIOException("Cannot create lock " + path, e);
    }
  }

  private static String holder(String runId, String command) throws IOException {
    return "run "
        + runId
        + " ("
        + command
        + ") on "
        + InetAddress.getLocalHost().getHostName()
        + ", process "
        + ManagementFactory.getRuntimeMXBean().getName()
        + ", since "
        + Instant.now();
  }

  private static String read(Path path, Configuration conf) {
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      return new String(in.readNBytes(1024), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "an unknown run";
    }
  }

  @Override
  public void close() {
    try {
      fs.delete(path, false);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot release lock " + path, e);
    }
  }

  /** Another run holds the warehouse. */
  public static final class LockedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LockedException(Path path, String holder) {
      super(
          "The warehouse is in use by "
              + holder
              + ". Wait for that run to finish; if it died, "
              + "delete "
              + path
              + " and run again.");
    }
  }
}
