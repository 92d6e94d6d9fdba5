package dev.newsframes.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/** A command run in-process through picocli, its exit code and both output streams captured. */
public record CommandRun(int exitCode, String out, String err) {

  public static CommandRun of(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        new CommandLine(command)
            .setOut(new PrintWriter(out))
            .setErr(new PrintWriter(err))
            .execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }

  /** The output's lines; after a failure standard output and then standard error. */
  public List<String> lines() {
    String text = exitCode == 0 ? out : out + "\n" + err;
    return text.lines().toList();
  }

  public String last() {
    List<String> lines = lines();
    return lines.get(lines.size() - 1);
  }
}
