package dev.newsframes.ingest.dump;

import dev.newsframes.ingest.model.QaPair;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a "Related Questions" block: lines starting with {@code Q} are questions, lines starting
 * with {@code A} their answers; other lines continue the current answer. The dumps glue the marker
 * to the text ("QWhat was..."), so a marker is a leading Q or A not followed by a lower-case
 * letter.
 */
final class QaBlockParser {
  private QaBlockParser() {}

  static List<QaPair> parse(List<String> lines, TemplateLabels labels) {
    List<QaPair> pairs = new ArrayList<>();
    String question = null;
    StringBuilder answer = null;
    for (String line : lines) {
      if (labels.isChrome(line)) {
        break;
      }
      if (isMarked(line, 'Q')) {
        addPair(pairs, question, answer);
        question = unmark(line);
        answer = null;
      } else if (isMarked(line, 'A') && question != null && answer == null) {
        answer = new StringBuilder(unmark(line));
      } else if (answer != null) {
        answer.append("\n\n").append(line);
      }
    }
    addPair(pairs, question, answer);
    return pairs;
  }

  private static void addPair(List<QaPair> pairs, String question, StringBuilder answer) {
    if (question != null && !question.isEmpty()) {
      pairs.add(new QaPair(question, answer == null ? "" : answer.toString()));
    }
  }

  static boolean isMarked(String line, char marker) {
    if (line.length() < 2 || line.charAt(0) != marker) {
      return false;
    }
    char next = line.charAt(1);
    return !Character.isLowerCase(next);
  }

  private static String unmark(String line) {
    String rest = line.substring(1);
    // "Q: ..." or "Q：..." or "Q ..." as well as the glued "QWhat ..."
    return rest.replaceFirst("^[\\s:：.、]+", "").strip();
  }
}
