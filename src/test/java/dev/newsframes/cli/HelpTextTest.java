package dev.newsframes.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every command's --help reads whole: no sentence cut in the command list, no word broken. */
class HelpTextTest {

  private static List<CommandLine> allCommands() {
    List<CommandLine> out = new ArrayList<>();
    collect(new CommandLine(new Main()), out);
    return out;
  }

  private static void collect(CommandLine c, List<CommandLine> out) {
    out.add(c);
    c.getSubcommands().values().forEach(s -> collect(s, out));
  }

  @Test
  void theCommandListShowsWholeSentences() {
    for (CommandLine c : allCommands()) {
      String[] description = c.getCommandSpec().usageMessage().description();
      // picocli lists a subcommand with the first line of its description only
      assertThat(description).as(c.getCommandName() + " has a description").isNotEmpty();
      assertThat(description[0]).as(c.getCommandName() + ": first description line").endsWith(".");
    }
  }

  @Test
  void noHelpLineEndsInTheMiddleOfAWord() {
    List<String> broken = new ArrayList<>();
    for (CommandLine c : allCommands()) {
      String source = " " + String.join(" ", descriptions(c.getCommandSpec())) + " ";
      List<String> lines = c.getUsageMessage().lines().map(String::strip).toList();
      for (int i = 0; i + 1 < lines.size(); i++) {
        String[] here = lines.get(i).split("\\s+");
        String[] next = lines.get(i + 1).split("\\s+");
        String tail = here[here.length - 1];
        String head = next[0];
        if (!tail.isEmpty()
            && !head.isEmpty()
            && source.contains(tail + head)
            && !source.contains(tail + " " + head)) {
          broken.add(c.getCommandName() + ": '" + tail + "' / '" + head + "'");
        }
      }
    }
    assertThat(broken).as("words broken across help lines").isEmpty();
  }

  private static List<String> descriptions(CommandSpec spec) {
    List<String> out = new ArrayList<>(List.of(spec.usageMessage().description()));
    for (ArgSpec a : spec.args()) {
      for (String d : a.description()) {
        out.add(d.replace("${DEFAULT-VALUE}", String.valueOf(a.defaultValue())));
      }
    }
    return out;
  }
}
