package dev.newsframes.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * Expands input arguments (files, directories, globs, on any Hadoop file system) into a sorted list
 * of files. Directories are walked recursively; hidden files ({@code .x}, {@code _x}) and checksum
 * files are skipped.
 */
public final class InputFiles {
  private InputFiles() {}

  /** The files the inputs name, sorted, without duplicates. */
  public static List<String> list(Configuration conf, List<String> inputs) throws IOException {
    TreeSet<String> files = new TreeSet<>();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(conf);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        throw new InputNotFoundException(input);
      }
      for (FileStatus m : matches) {
        addAll(fs, m, files);
      }
    }
    return new ArrayList<>(files);
  }

  private static void addAll(FileSystem fs, FileStatus status, TreeSet<String> files)
      throws IOException {
    if (status.isFile()) {
      if (isVisible(status.getPath())) {
        files.add(status.getPath().toString());
      }
      return;
    }
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(status.getPath(), true);
    while (it.hasNext()) {
      LocatedFileStatus f = it.next();
      if (isVisible(f.getPath())
          && !isCorpusPaperwork(f.getPath())
          && isVisibleBelow(f.getPath(), status.getPath())) {
        files.add(f.getPath().toString());
      }
    }
  }

  private static boolean isVisible(Path p) {
    String name = p.getName();
    return !name.startsWith(".") && !name.startsWith("_") && !name.endsWith(".crc");
  }

  private static boolean isCorpusPaperwork(Path p) {
    String name = p.getName().toUpperCase(Locale.ROOT);
    return name.startsWith("LICENSE")
        || name.startsWith("LICENCE")
        || name.startsWith("README")
        || name.startsWith("COPYING")
        || name.startsWith("NOTICE");
  }

  private static boolean isVisibleBelow(Path file, Path root) {
    for (Path p = file.getParent(); p != null && !p.equals(root); p = p.getParent()) {
      if (!isVisible(p)) {
        return false;
      }
    }
    return true;
  }

  /** An input argument matched nothing. */
  public static final class InputNotFoundException extends IOException {
    private static final long serialVersionUID = 1L;

    InputNotFoundException(String input) {
      super("Input not found: " + input);
    }
  }
}
