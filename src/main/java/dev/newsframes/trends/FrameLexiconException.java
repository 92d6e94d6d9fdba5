package dev.newsframes.trends;

import java.util.List;

/** A frame lexicon that cannot be read or is invalid; the message lists every problem found. */
public final class FrameLexiconException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final List<String> problems;

  FrameLexiconException(String source, List<String> problems, Throwable cause) {
    super(message(source, problems), cause);
    this.source = source;
    this.problems = List.copyOf(problems);
  }

  FrameLexiconException(String source, List<String> problems) {
    this(source, problems, null);
  }

  /** The file (or other source name) the lexicon came from. */
  public String source() {
    return source;
  }

  /** One line per problem, each naming the frame it is about. */
  public List<String> problems() {
    return problems;
  }

  private static String message(String source, List<String> problems) {
    if (problems.size() == 1) {
      return "Invalid frame lexicon " + source + ": " + problems.get(0);
    }
    return "Invalid frame lexicon "
        + source
        + ": "
        + problems.size()
        + " problems:\n  - "
        + String.join("\n  - ", problems);
  }
}
