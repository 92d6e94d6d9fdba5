package dev.newsframes.ingest.records;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Groups the lines of a CSV file into records: a quoted field may span lines, so a record ends at
 * the first line end outside quotes. A quote that never closes (before the end of the file or the
 * record limit) costs only the line that opened it: the lines after it are read again as records.
 * Lines are UTF-8 and bounded by {@link BoundedLineReader}, so no record is held past the limit.
 */
final class CsvRecordAssembler {
  /** One physical line, numbered from 1; no text when it is too long or not UTF-8. */
  record Line(long number, BoundedLineReader.Line line) {}

  /** What the next record is. */
  sealed interface Assembled {}

  /** The lines of a record whose quotes all close. */
  record Complete(List<Line> lines) implements Assembled {
    long firstLine() {
      return lines.get(0).number();
    }

    String text() {
      StringBuilder b = new StringBuilder();
      for (Line l : lines) {
        b.append(b.isEmpty() ? "" : "\n").append(l.line().text().orElseThrow());
      }
      return b.toString();
    }
  }

  /** A line that opens a quoted field that is not closed; the lines after it are read again. */
  record Unterminated(Line opening) implements Assembled {}

  /** A line too long or not UTF-8. */
  record BadLine(Line line) implements Assembled {}

  private enum Quotes {
    FIELD_START,
    UNQUOTED,
    IN_QUOTES,
    AFTER_QUOTE
  }

  private final BoundedLineReader reader;
  private final char delimiter;
  private final long maxChars;
  private final Deque<Line> again = new ArrayDeque<>();
  private long lineNo;

  CsvRecordAssembler(InputStream in, char delimiter, long maxChars) {
    this.reader = new BoundedLineReader(in, maxChars);
    this.delimiter = delimiter;
    this.maxChars = maxChars;
  }

  /** The next line, numbered; empty at the end of the file. */
  Optional<Line> nextLine() throws IOException {
    if (!again.isEmpty()) {
      return Optional.of(again.pop());
    }
    Optional<BoundedLineReader.Line> l = reader.next();
    return l.map(line -> new Line(++lineNo, line));
  }

  /** The next record, skipping blank lines between records; empty at the end of the file. */
  Optional<Assembled> next() throws IOException {
    List<Line> lines = new ArrayList<>();
    Quotes state = Quotes.FIELD_START;
    long chars = 0;
    while (true) {
      Optional<Line> next = nextLine();
      if (next.isEmpty()) {
        return lines.isEmpty() ? Optional.empty() : Optional.of(unterminated(lines));
      }
      Line l = next.get();
      if (l.line().text().isEmpty()) {
        if (lines.isEmpty()) {
          return Optional.of(new BadLine(l));
        }
        again.push(l);
        return Optional.of(unterminated(lines));
      }
      String text = l.line().text().get();
      if (lines.isEmpty() && text.isBlank()) {
        continue;
      }
      lines.add(l);
      chars += text.length() + 1;
      state = scan(state, text);
      if (state != Quotes.IN_QUOTES) {
        return Optional.of(new Complete(lines));
      }
      if (chars > maxChars) {
        return Optional.of(unterminated(lines));
      }
    }
  }

  /** Gives back every line but the opening one, to be read again in order. */
  private Unterminated unterminated(List<Line> lines) {
    readAgain(lines.subList(1, lines.size()));
    return new Unterminated(lines.get(0));
  }

  /** Makes {@code lines} the next ones read, in order. */
  void readAgain(List<Line> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      again.push(lines.get(i));
    }
  }

  /** Follows quotes as commons-csv does: a quote opens a field only at the field's start. */
  private Quotes scan(Quotes start, String text) {
    Quotes s = start;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      s =
          switch (s) {
            case FIELD_START -> c == '"' ? Quotes.IN_QUOTES : field(c);
            case UNQUOTED, AFTER_QUOTE -> field(c);
            case IN_QUOTES -> c == '"' ? Quotes.AFTER_QUOTE : Quotes.IN_QUOTES;
          };
      if (s == Quotes.AFTER_QUOTE
          && c == '"'
          && i + 1 < text.length()
          && text.charAt(i + 1) == '"') {
        s = Quotes.IN_QUOTES; // "" inside quotes is a quote
        i++;
      }
    }
    return s == Quotes.IN_QUOTES ? s : Quotes.FIELD_START;
  }

  private Quotes field(char c) {
    return c == delimiter ? Quotes.FIELD_START : Quotes.UNQUOTED;
  }
}
