package dev.newsframes.runtime;

import dev.newsframes.io.Warehouse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exclusive lock on a warehouse for runs that write it: the file {@code <warehouse>/_lock},
 * which names the holder. A second run refuses to start and says who holds the lock.
 *
 * <p>On a local (or NFS) path the lock is an operating-system lock on that file ({@link
 * FileChannel#tryLock}): acquiring is atomic, and the system releases it when the holder dies, even
 * by kill -9, so the next run takes over a lock left by a dead holder and says so. The file stays
 * after release, emptied. On HDFS it is the file itself, created only if absent (atomic there); a
 * run that dies leaves it, and the refusal says which file to delete. (Object stores without atomic
 * create-if-absent, such as plain S3, make this best effort.)
 */
public final class WarehouseLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WarehouseLock.class);
  private static final Pattern PROCESS = Pattern.compile("process (\\d+)@(\\S+?),");

  private final Path path;
  private final Optional<FileSystem> hadoop;
  private final Optional<FileChannel> channel;

  private WarehouseLock(Path path, Optional<FileSystem> hadoop, Optional<FileChannel> channel) {
    this.path = path;
    this.hadoop = hadoop;
    this.channel = channel;
  }

  /**
   * Takes the lock before a run writes {@code warehouse}, then moves in what a crashed run left
   * half-swapped (logged per table); every writing command enters the warehouse this way.
   */
  public static WarehouseLock forWrites(Warehouse warehouse, String runId, String command) {
    WarehouseLock lock = acquire(warehouse.hadoopConf(), warehouse.root(), runId, command);
    try {
      for (String r : warehouse.recover()) {
        LOG.warn("recovered {}, left half-swapped by a run that crashed", r);
      }
      return lock;
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** Takes the lock or throws {@link LockedException} describing the holder. */
  public static WarehouseLock acquire(
      Configuration conf, String warehouse, String runId, String command) {
    Path path = new Path(warehouse, "_lock");
    try {
      FileSystem fs = path.getFileSystem(conf);
      String holder = holder(runId, command);
      if (fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem) {
        return acquireLocal(fs.makeQualified(path), holder);
      }
      return acquireCreated(fs, path, holder, conf);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create lock " + path, e);
    }
  }

  private static WarehouseLock acquireLocal(Path path, String holder) throws IOException {
    var file = Paths.get(path.toUri());
    Files.createDirectories(file.getParent());
    FileChannel ch =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = ch.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by this very process
    }
    if (lock == null) {
      String current = read(ch);
      ch.close();
      throw new LockedException(path, current.isEmpty() ? "a run that is starting" : current);
    }
    String previous = read(ch);
    if (!previous.isEmpty()) {
      LOG.warn(
          "Taking over the warehouse lock {} left by {}: no process holds it any more{}",
          path,
          previous,
          deadOnThisHost(previous) ? " (that process is gone from this host)" : "");
    }
    ch.truncate(0);
    ch.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
    ch.force(false);
    return new WarehouseLock(path, Optional.empty(), Optional.of(ch));
  }

  private static WarehouseLock acquireCreated(
      FileSystem fs, Path path, String holder, Configuration conf) throws IOException {
    fs.mkdirs(path.getParent());
    try (OutputStream out = fs.create(path, false)) {
      out.write(holder.getBytes(StandardCharsets.UTF_8));
    } catch (FileAlreadyExistsException e) {
      throw new LockedException(path, read(path, conf));
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().contains("already exists")) {
        throw new LockedException(path, read(path, conf));
      }
      throw e;
    }
    return new WarehouseLock(path, Optional.of(fs), Optional.empty());
  }

  /** Whether a holder line names a process on this host that is no longer running. */
  static boolean deadOnThisHost(String holder) {
    Matcher m = PROCESS.matcher(holder);
    try {
      return m.find()
          && m.group(2).equals(InetAddress.getLocalHost().getHostName())
          && ProcessHandle.of(Long.parseLong(m.group(1))).map(p -> !p.isAlive()).orElse(true);
    } catch (IOException | NumberFormatException e) {
      return false;
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

  private static String read(FileChannel ch) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(1024);
    int n = ch.read(buf, 0);
    return n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.UTF_8).strip();
  }

  private static String read(Path path, Configuration conf) {
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      return new String(in.readNBytes(1024), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      return "an unknown run";
    }
  }

  /**
   * Releases the lock. A local lock file is emptied, not deleted: deleting it would let a run that
   * had opened it just before lock a file no longer at the path while a third run locks a new one.
   */
  @Override
  public void close() {
    try {
      if (channel.isPresent()) {
        channel.get().truncate(0);
        channel.get().close();
      } else {
        hadoop.get().delete(path, false);
      }
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
              + ". Wait for that run to finish (on a local path, a run that died releases the lock"
              + " by itself; on HDFS, if it died, delete "
              + path
              + " and run again).");
    }
  }
}
