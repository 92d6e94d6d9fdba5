package dev.newsframes.cli.tooling;

import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Options the evaluate and train commands share, with one meaning everywhere, and how they refuse
 * bad input: a usage error (message, usage, exit code 2) before any work.
 */
public final class LabOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "1",
      description = "Threads that annotate (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "42",
      description =
          "Seed of the folds and the holdout split (default: ${DEFAULT-VALUE}); --limit picks"
              + " by a fixed hash of each item, not by this seed.")
  long seed;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Use N items chosen deterministically (default: all).")
  Integer limit;

  /** Annotation threads, at least 1. */
  public int threads() {
    if (threads < 1) {
      throw usage("--threads must be at least 1, got " + threads);
    }
    return threads;
  }

  public long seed() {
    return seed;
  }

  /** The --limit, at least 1, if given. */
  public Optional<Integer> limit() {
    if (limit != null && limit < 1) {
      throw usage("--limit must be at least 1, got " + limit);
    }
    return Optional.ofNullable(limit);
  }

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
