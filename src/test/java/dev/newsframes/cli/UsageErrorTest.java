package dev.newsframes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * What a usage error prints through {@link Main}: the one line that matters, then where to look.
 */
class UsageErrorTest {
  private record Run(int code, String err) {}

  private static Run run(String... args) {
    StringWriter err = new StringWriter();
    int code = Main.commandLine().setErr(new PrintWriter(err, true)).execute(args);
    return new Run(code, err.toString());
  }

  @Test
  void aBadOptionSaysWhatIsWrongAndWhereTheOptionsAreNotTheWholeUsage() {
    Run r = run("train-frames", "--labels", "no-such-labels.jsonl", "-o", "m.json");

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err().lines())
        .containsExactly(
            "Cannot read labels no-such-labels.jsonl: no such file",
            "'newsframes train-frames --help' explains every option.");
  }

  @Test
  void aMistypedOptionGetsPicoclisSuggestion() {
    Run r = run("trends", "--perod", "month");

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err())
        .contains("Unknown options: '--perod', 'month'")
        .contains("--period")
        .contains("'newsframes trends --help' explains every option.")
        .doesNotContain("Usage:");
  }

  @Test
  void aLabCommandRefusesTheSharedOptionsItWouldIgnore() {
    // evaluate ner annotates on one thread and draws nothing at random: it used to accept both
    Run r = run("evaluate", "ner", "--conll", "x.conll", "--threads", "4", "--seed", "7");

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("Unknown options: '--threads', '4', '--seed', '7'");
    assertThat(run("evaluate", "ner", "--help").code()).isZero();
  }

  @Test
  void aCommandThatOnlyGroupsOthersListsThem() {
    Run r = run("evaluate");

    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("Missing subcommand").contains("Usage:").contains("frames");
  }
}
