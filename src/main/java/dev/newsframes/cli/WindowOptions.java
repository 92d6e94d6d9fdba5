package dev.newsframes.cli;

import dev.newsframes.io.DateWindow;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The publication-date window of a scheduled run: {@code --date}, or {@code --since/--until}. */
public final class WindowOptions {
  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Process only articles published on this day (a daily scheduled run).")
  String date;

  @Option(
      names = "--since",
      paramLabel = "YYYY-MM-DD",
      description =
          "Process only articles published on or after this day; re-running the window replaces exactly its partitions.")
  String since;

  @Option(
      names = "--until",
      paramLabel = "YYYY-MM-DD",
      description =
          "Process only articles published on or before this day (default with --since: the same day).")
  String until;

  /** The window, if one was asked for; usage errors for malformed or contradictory dates. */
  Optional<DateWindow> toWindow(CommandSpec spec) {
    if (date == null && since == null && until == null) {
      return Optional.empty();
    }
    if (date != null && (since != null || until != null)) {
      throw new ParameterException(
          spec.commandLine(), "--date cannot be combined with --since/--until");
    }
    try {
      LocalDate from = LocalDate.parse(date != null ? date : since != null ? since : until);
      LocalDate to = LocalDate.parse(date != null ? date : until != null ? until : since);
      return Optional.of(new DateWindow(from, to));
    } catch (DateTimeParseException e) {
      throw new ParameterException(
          spec.commandLine(), "Cannot read date '" + e.getParsedString() + "': use YYYY-MM-DD");
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
