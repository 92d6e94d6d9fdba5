package dev.newsframes.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * A file a command writes at the end of its work, checked before the work starts: a path that
 * cannot be written is a usage error (exit code 2) at once, not a failure after minutes of
 * cross-validation or annotation.
 */
public final class OutputFile {
  private OutputFile() {}

  /**
   * {@code file} when its folder exists and can be written and it is not itself a folder; otherwise
   * a usage error naming {@code option}.
   */
  public static Path checked(CommandLine cmd, Path file, String option) {
    Path absolute = file.toAbsolutePath();
    Path folder = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw new ParameterException(
          cmd, "Cannot write " + option + " " + file + ": it is a folder; name a file in it");
    }
    if (folder == null || !Files.isDirectory(folder)) {
      throw new ParameterException(
          cmd, "Cannot write " + option + " " + file + ": no such folder " + folder);
    }
    if (!Files.isWritable(folder) || (Files.exists(absolute) && !Files.isWritable(absolute))) {
      throw new ParameterException(
          cmd, "Cannot write " + option + " " + file + ": permission denied");
    }
    return file;
  }
}
