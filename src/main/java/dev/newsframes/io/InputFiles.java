package dev.newsframes.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands input arguments (files, directories, globs, on any Hadoop file system) into a sorted list
 * of regular files. Directories are walked recursively; hidden files ({@code .x}, {@code _x}),
 * corpus paperwork and checksum files are skipped.
 *
 * <p>On a local path the walk follows symbolic links but yields each real file once and stops at
 * loops, and it never opens a FIFO or device: such entries, dangling links and names that are not
 * valid in the platform encoding are returned as {@link Unreadable}, for the caller to report, not
 * dropped. Inputs that hold no file to read are an error, not an empty input: a failed crawl or an
 * unmounted volume must not replace the warehouse with empty tables.
 */
public final class InputFiles {
  private InputFiles() {}

  /** Why an entry under the inputs cannot be read as a file. */
  public enum Problem {
    NOT_REGULAR_FILE,
    SYMLINK_LOOP,
    DANGLING_LINK,
    UNREADABLE_NAME
  }

  /** An entry under the inputs that is not read, and why. */
  public record Unreadable(String path, Problem problem, String message) {}

  /** What the inputs hold: files to read (sorted) and entries that cannot be read. */
  public record Listing(List<String> files, List<Unreadable> unreadable) {}

  /** The files the inputs name, sorted, without duplicates; see {@link #walk}. */
  public static List<String> list(Configuration conf, List<String> inputs) throws IOException {
    return walk(conf, inputs).files();
  }

  /** What {@code path} (a file, a folder or a glob) names on {@code fs}: empty when nothing. */
  public static FileStatus[] matches(FileSystem fs, Path path) throws IOException {
    FileStatus[] found = fs.globStatus(path);
    return found == null ? new FileStatus[0] : found;
  }

  /**
   * Walks the inputs.
   *
   * @throws InputNotFoundException when an input matches nothing, or all of them hold no file to
   *     read (only hidden, {@code _} or paperwork files)
   */
  public static Listing walk(Configuration conf, List<String> inputs) throws IOException {
    LocalInputWalk.Found walk = new LocalInputWalk.Found(uri -> new Path(uri).toString());
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = matches(fs, path);
      if (matches.length == 0) {
        throw new InputNotFoundException("Input not found: " + input);
      }
      for (FileStatus m : matches) {
        if (fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem) {
          LocalInputWalk.walk(fs.makeQualified(m.getPath()).toUri(), walk);
        } else {
          walkHadoop(fs, m, walk);
        }
      }
    }
    if (walk.files.isEmpty() && walk.unreadable.isEmpty()) {
      throw new InputNotFoundException(
          "No input files under "
              + String.join(", ", inputs)
              + " ("
              + walk.skipped
              + " hidden or skipped); nothing was read and the warehouse is unchanged");
    }
    return new Listing(new ArrayList<>(walk.files), new ArrayList<>(walk.unreadable.values()));
  }

  /** Other file systems (hdfs, s3a) have no FIFOs; their symbolic links are not followed. */
  private static void walkHadoop(FileSystem fs, FileStatus status, LocalInputWalk.Found walk)
      throws IOException {
    if (status.isFile()) {
      if (isVisible(status.getPath().getName())) {
        walk.files.add(status.getPath().toString());
      } else {
        walk.skipped++;
      }
      return;
    }
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(status.getPath(), true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      if (isVisible(f.getPath().getName())
          && !isCorpusPaperwork(f.getPath().getName())
          && isVisibleBelow(f.getPath(), status.getPath())) {
        walk.files.add(f.getPath().toString());
      } else if (!f.getPath().getName().endsWith(".crc")) {
        walk.skipped++;
      }
    }
  }

  static boolean isVisible(String name) {
    return !name.startsWith(".") && !name.startsWith("_") && !name.endsWith(".crc");
  }

  static boolean isCorpusPaperwork(String fileName) {
    String name = fileName.toUpperCase(Locale.ROOT);
    return name.startsWith("LICENSE")
        || name.startsWith("LICENCE")
        || name.startsWith("README")
        || name.startsWith("COPYING")
        || name.startsWith("NOTICE");
  }

  private static boolean isVisibleBelow(Path file, Path root) {
    for (Path p = file.getParent(); p != null && !p.equals(root); p = p.getParent()) {
      if (!isVisible(p.getName())) {
        return false;
      }
    }
    return true;
  }

  /** An input argument matched nothing, or the inputs hold no file to read. */
  public static final class InputNotFoundException extends IOException {
    private static final long serialVersionUID = 1L;

    InputNotFoundException(String message) {
      super(message);
    }
  }
}
