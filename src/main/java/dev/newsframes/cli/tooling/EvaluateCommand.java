package dev.newsframes.cli.tooling;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code newsframes evaluate}: accuracy of extraction, frames, NER and sentiment on labelled sets.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    description = "Scores a component against a labelled set and prints the figures.",
    subcommands = {
      EvaluateExtractionCommand.class,
      EvaluateFramesCommand.class,
      EvaluateMetadataCommand.class,
      EvaluateNerCommand.class,
      EvaluateSentimentCommand.class,
      EvaluateEntitySentimentCommand.class
    })
public final class EvaluateCommand implements Runnable {
  @picocli.CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
  }
}
