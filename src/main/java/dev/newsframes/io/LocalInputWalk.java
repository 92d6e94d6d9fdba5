package dev.newsframes.io;

import dev.newsframes.io.InputFiles.Problem;
import dev.newsframes.io.InputFiles.Unreadable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The walk of a local input directory: follows symbolic links, yields each real file once (by its
 * file key), stops at loops, never opens what is not a regular file, and reports what it cannot
 * read instead of dropping it.
 */
final class LocalInputWalk extends SimpleFileVisitor<Path> {
  /** What a walk found so far; files as Hadoop path strings ({@code file:/...}). */
  static final class Found {
    final Function<URI, String> naming;
    final TreeSet<String> files = new TreeSet<>();
    final TreeMap<String, Unreadable> unreadable = new TreeMap<>();
    final Set<Object> seen = new HashSet<>();
    int skipped;

    /**
     * @param naming how a file's URI is written in the listing
     */
    Found(Function<URI, String> naming) {
      this.naming = naming;
    }

    void unreadable(Path p, Problem problem, String message) {
      String name = naming.apply(p.toUri());
      unreadable.putIfAbsent(name, new Unreadable(name, problem, message));
    }
  }

  private final Path start;
  private final Found found;

  private LocalInputWalk(Path start, Found found) {
    this.start = start;
    this.found = found;
  }

  static void walk(URI root, Found found) throws IOException {
    Path start = Paths.get(root);
    Files.walkFileTree(
        start,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new LocalInputWalk(start, found));
  }

  @Override
  public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
    if (!dir.equals(start) && !InputFiles.isVisible(dir.getFileName().toString())) {
      found.skipped++;
      return FileVisitResult.SKIP_SUBTREE;
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    if (!InputFiles.isVisible(name) || !file.equals(start) && InputFiles.isCorpusPaperwork(name)) {
      found.skipped++;
    } else if (name.indexOf('\uFFFD') >= 0) {
      // the platform could not decode the name's bytes; re-encoded, it names no file
      found.unreadable(file, Problem.UNREADABLE_NAME, "file name is not valid UTF-8: " + file);
    } else if (attrs.isSymbolicLink()) {
      // a link the walk could not follow: its target is missing
      found.unreadable(file, Problem.DANGLING_LINK, "symbolic link to a missing file");
    } else if (!attrs.isRegularFile()) {
      found.unreadable(
          file,
          Problem.NOT_REGULAR_FILE,
          "not a regular file (FIFO, socket or device), not opened");
    } else if (attrs.fileKey() == null || found.seen.add(attrs.fileKey())) {
      found.files.add(found.naming.apply(file.toUri()));
    }
    return FileVisitResult.CONTINUE;
  }

  @Override
  public FileVisitResult visitFileFailed(Path file, IOException e) {
    if (e instanceof FileSystemLoopException
        || e.getMessage() != null && e.getMessage().contains("Too many levels")) {
      found.unreadable(file, Problem.SYMLINK_LOOP, "symbolic link loop, not followed");
    } else if (e instanceof NoSuchFileException) {
      found.unreadable(file, Problem.DANGLING_LINK, "symbolic link to a missing file");
    } else {
      found.unreadable(file, Problem.NOT_REGULAR_FILE, "cannot read: " + e);
    }
    return FileVisitResult.CONTINUE;
  }
}
