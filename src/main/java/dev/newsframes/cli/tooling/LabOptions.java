package dev.newsframes.cli.tooling;

import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How the evaluate and train commands refuse bad input: a usage error (message, usage, exit code 2)
 * before any work. Their shared options are mixins of their own ({@link ThreadsOption}, {@link
 * SeedOption}, {@link LimitOption}), so a command lists only those it uses.
 */
// @Command only makes it a mixin picocli accepts (it declares no option of its own)
@Command
public final class LabOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /**
   * Why an input file could not be read, in words: "not UTF-8 text" for a binary or mis-encoded
   * file (not the decoder's "Input length = 1"); a CSV parser's unchecked wrapper is looked
   * through.
   */
  static String why(Exception e) {
    Throwable t = e instanceof UncheckedIOException u ? u.getCause() : e;
    return t instanceof MalformedInputException ? "not UTF-8 text" : t.getMessage();
  }

  /** "Cannot read FILE: why", or the reader's own message when it already names the file. */
  static String cannotRead(Object file, Exception e) {
    String why = why(e);
    return why != null && why.contains(file.toString()) ? why : "Cannot read " + file + ": " + why;
  }

  /** A usage error naming what is wrong; picocli prints it and the command exits with code 2. */
  public ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  /** {@code file} if it is a readable regular file, else a usage error naming {@code what}. */
  public Path existingFile(Path file, String what) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw usage("Cannot read " + what + " " + file + ": no such file");
    }
    return file;
  }
}
