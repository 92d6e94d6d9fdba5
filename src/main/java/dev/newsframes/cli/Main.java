package dev.newsframes.cli;

import dev.newsframes.cli.tooling.BenchCommand;
import dev.newsframes.cli.tooling.ChecksumCommand;
import dev.newsframes.cli.tooling.EvaluateCommand;
import dev.newsframes.cli.tooling.TrainEntitySentimentCommand;
import dev.newsframes.cli.tooling.TrainFramesCommand;
import dev.newsframes.cli.tooling.TrainSentimentCommand;
import dev.newsframes.io.UnreadableFile;
import dev.newsframes.runtime.NoExecutorException;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsframes} command line. */
@Command(
    name = "newsframes",
    mixinStandardHelpOptions = true,
    versionProvider = Versions.class,
    description = "Spark batch analytics of how news coverage frames a topic over time.",
    subcommands = {
      IngestCommand.class,
      AnnotateCommand.class,
      TrendsCommand.class,
      ReportCommand.class,
      RunCommand.class,
      SqlCommand.class,
      EvaluateCommand.class,
      BenchCommand.class,
      TrainSentimentCommand.class,
      TrainEntitySentimentCommand.class,
      TrainFramesCommand.class,
      ChecksumCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit code; never calls System.exit. */
  public static int execute(String... args) {
    quietLogs();
    return commandLine().execute(args);
  }

  /** The command line with newsframes' handling of usage errors and failures. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Main());
    cli.setExecutionExceptionHandler(Main::handle);
    cli.setParameterExceptionHandler(Main::usageError);
    return cli;
  }

  /**
   * A usage error: its message (and picocli's suggestions for a mistyped option), then where the
   * options are explained. The usage text of a command with 30 options would bury the one line that
   * matters; a command that only groups others (newsframes, evaluate, bench) lists them.
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cmd = e.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println(e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    if (cmd.getSubcommands().isEmpty()) {
      err.println("'" + cmd.getCommandSpec().qualifiedName() + " --help' explains every option.");
    } else {
      cmd.usage(err);
    }
    return ExitCode.USAGE;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
  }

  private static int handle(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
    int code = ExitCode.of(e);
    if (code != ExitCode.FAILURE) {
      cmd.getErr().println("newsframes " + cmd.getCommandName() + ": " + e.getMessage());
      return code;
    }
    Optional<String> known =
        e instanceof NoExecutorException ? Optional.of(e.getMessage()) : UnreadableFile.message(e);
    cmd.getErr()
        .println(
            "newsframes "
                + cmd.getCommandName()
                + " failed: "
                + known.orElseGet(() -> rootMessage(e)));
    if (System.getenv("NEWSFRAMES_DEBUG") != null) {
      e.printStackTrace(cmd.getErr());
    } else {
      cmd.getErr().println("(set NEWSFRAMES_DEBUG=1 for the stack trace)");
    }
    return ExitCode.FAILURE;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? e.toString() : e.getMessage() + "\n  caused by: " + root;
  }

  /**
   * Spark and Hadoop at WARN, our own one-line summaries at INFO, unless the user configured log4j2
   * ({@code -Dlog4j2.configurationFile}) or spark-submit did.
   */
  private static void quietLogs() {
    if (System.getProperty("log4j2.configurationFile") == null) {
      System.setProperty("log4j2.configurationFile", "classpath:newsframes-log4j2.properties");
    }
  }
}
