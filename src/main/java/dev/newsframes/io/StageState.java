package dev.newsframes.io;

import dev.newsframes.common.Hashes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What a stage read and wrote on its last successful run, in a small properties file, and stamps of
 * files to compare with it: so a stage whose inputs, settings and outputs are all unchanged can
 * skip its work, and one whose outputs were touched since (rewritten, deleted) never serves them
 * stale.
 *
 * <p>A stamp is a hash of the name, size and modification time of every file under some paths (any
 * Hadoop file system: local, {@code hdfs://}, {@code s3a://}); it costs one listing, no read. Spark
 * names each file it writes anew, so any rewrite of a table changes its stamp.
 */
public final class StageState {
  private final Configuration conf;
  private final Path file;

  private StageState(Configuration conf, Path file) {
    this.conf = conf;
    this.file = file;
  }

  /** The state of a stage that writes warehouse tables: {@code <warehouse>/_state/<stage>}. */
  public static StageState inWarehouse(Configuration conf, String root, String stage) {
    return new StageState(conf, new Path(root + "/_state/" + stage + ".properties"));
  }

  /** The state of a stage that writes a local folder, kept in it as a hidden file. */
  public static StageState inFolder(Configuration conf, String folder, String stage) {
    return new StageState(conf, new Path(folder, ".newsframes-" + stage + ".properties"));
  }

  /**
   * A hash of every file under {@code paths} (names, sizes, modification times); missing ones too.
   */
  public String stamp(List<String> paths) {
    StringBuilder listing = new StringBuilder();
    for (String p : paths) {
      listing.append(p).append('\n');
      for (String line : files(new Path(p))) {
        listing.append("  ").append(line).append('\n');
      }
    }
    return Hashes.sha256Hex(listing.toString());
  }

  private List<String> files(Path root) {
    List<String> lines = new ArrayList<>();
    try {
      FileSystem fs = root.getFileSystem(conf);
      if (!fs.exists(root)) {
        return List.of("absent");
      }
      FileStatus top = fs.getFileStatus(root);
      if (top.isFile()) {
        return List.of(top.getLen() + " " + top.getModificationTime());
      }
      addFiles(fs, root, top.getPath().toString().length(), lines);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + root + ": " + e.getMessage(), e);
    }
    lines.sort(String::compareTo);
    return lines;
  }

  /**
   * Adds a line per file under {@code dir}, recursively. Not {@code FileSystem.listFiles}: the
   * {@code LocatedFileStatus} it builds copies each file's permissions, which the local file system
   * reads by running {@code ls -ld} once per file (a day-partitioned table holds thousands: 47 s
   * for the three inputs of trends on the ai-tech warehouse).
   */
  private static void addFiles(FileSystem fs, Path dir, int prefix, List<String> lines)
      throws IOException {
    for (FileStatus f : fs.listStatus(dir)) {
      if (f.isDirectory()) {
        addFiles(fs, f.getPath(), prefix, lines);
      } else if (!f.getPath().getName().startsWith(".")) { // checksums change with their data
        lines.add(
            f.getPath().toString().substring(prefix)
                + " "
                + f.getLen()
                + " "
                + f.getModificationTime());
      }
    }
  }

  /** The values the last successful run recorded, if any. */
  public Optional<Map<String, String>> lastRun() {
    try {
      FileSystem fs = file.getFileSystem(conf);
      if (!fs.exists(file)) {
        return Optional.empty();
      }
      Properties p = new Properties();
      try (InputStream in = fs.open(file)) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      Map<String, String> values = new TreeMap<>();
      p.stringPropertyNames().forEach(k -> values.put(k, p.getProperty(k)));
      return Optional.of(values);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read stage state " + file + ": " + e.getMessage(), e);
    }
  }

  /** Forgets the last run, before work starts: a run that fails leaves nothing to skip on. */
  public void forget() {
    try {
      file.getFileSystem(conf).delete(file, false);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot delete stage state " + file + ": " + e.getMessage(), e);
    }
  }

  /** Records a successful run. */
  public void remember(Map<String, String> values) {
    Properties p = new Properties();
    new LinkedHashMap<>(values).forEach(p::setProperty);
    try (OutputStream out = file.getFileSystem(conf).create(file, true)) {
      p.store(new OutputStreamWriter(out, StandardCharsets.UTF_8), "newsframes stage state");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write stage state " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return file.toString();
  }
}
