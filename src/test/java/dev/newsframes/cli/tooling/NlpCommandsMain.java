package dev.newsframes.cli.tooling;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs the NLP evaluation and benchmark commands before they are wired into the main command line:
 * {@code evaluate ner|sentiment} and {@code bench nlp}.
 */
@Command(
    name = "newsframes-nlp",
    subcommands = {NlpCommandsMain.Evaluate.class, NlpCommandsMain.Bench.class})
public final class NlpCommandsMain {
  /** Evaluation commands. */
  @Command(
      name = "evaluate",
      subcommands = {EvaluateNerCommand.class, EvaluateSentimentCommand.class})
  static final class Evaluate {}

  /** Benchmarks. */
  @Command(
      name = "bench",
      subcommands = {BenchNlpCommand.class})
  static final class Bench {}

  public static void main(String[] args) {
    System.exit(new CommandLine(new NlpCommandsMain()).execute(args));
  }
}
