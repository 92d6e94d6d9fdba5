package dev.newsframes.lab.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsframes.common.Hashes;
import dev.newsframes.sentiment.LabelledSentence;
import dev.newsframes.sentiment.Polarity;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Readers for the labelled sentiment sets, and deterministic subsampling of them. */
public final class SentimentDatasets {
  /** The formats {@code evaluate sentiment --format} accepts. */
  public enum Format {
    /**
     * Financial PhraseBank: one {@code sentence@label} per line, label positive|neutral|negative.
     */
    FPB,
    /** SemEval-2017 task 5 headlines: a JSON array of {@code {id, title, sentiment}}. */
    SEMEVAL,
    /**
     * CSV with a header row naming a {@code text} and a {@code label} column (optional {@code id});
     * label positive|neutral|negative, or a score in [-1, 1] whose sign is the class.
     */
    CSV;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private SentimentDatasets() {}

  /** The sentences of a file in the given format. */
  public static List<LabelledSentence> read(Path file, Format format) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    return switch (format) {
      case FPB -> parseFpb(decode(bytes), file.toString());
      case SEMEVAL -> parseSemeval(bytes, file.toString());
      case CSV -> parseCsv(decode(bytes), file.toString());
    };
  }

  /**
   * Text as UTF-8, or as ISO-8859-1 when it is not valid UTF-8: the original Financial PhraseBank
   * is Latin-1, while some redistributions were re-encoded.
   */
  static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  static List<LabelledSentence> parseFpb(String text, String source) {
    List<LabelledSentence> out = new ArrayList<>();
    String[] lines = text.split("\r?\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      int at = line.lastIndexOf('@');
      Polarity polarity;
      try {
        polarity = Polarity.parse(at < 0 ? "" : line.substring(at + 1));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Cannot read "
                + source
                + " line "
                + (i + 1)
                + ": expected sentence@label with label"
                + " positive, neutral or negative, got \""
                + line
                + "\"",
            e);
      }
      out.add(
          new LabelledSentence(
              String.valueOf(i + 1), line.substring(0, at).strip(), polarity, Optional.empty()));
    }
    return out;
  }

  static List<LabelledSentence> parseSemeval(byte[] json, String source) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "Cannot read " + source + " as JSON: " + e.getMessage(), e);
    }
    List<LabelledSentence> out = new ArrayList<>();
    for (JsonNode item : root) {
      JsonNode title = item.get("title");
      JsonNode score = item.get("sentiment");
      if (title == null || score == null || !score.isNumber()) {
        throw new IllegalArgumentException(
            "Cannot read " + source + ": item without title or numeric sentiment: " + item);
      }
      double s = score.asDouble();
      out.add(
          new LabelledSentence(
              item.path("id").asText(), title.asText(), Polarity.ofScore(s, 0.0), Optional.of(s)));
    }
    return out;
  }

  static List<LabelledSentence> parseCsv(String text, String source) {
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();
    List<LabelledSentence> out = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      List<String> names = parser.getHeaderNames();
      if (!names.contains("text") || !names.contains("label")) {
        throw new IllegalArgumentException(
            "Cannot read "
                + source
                + ": the header must name a text and a label column, got "
                + names);
      }
      for (CSVRecord r : parser) {
        String id = names.contains("id") ? r.get("id") : String.valueOf(r.getRecordNumber());
        out.add(
            csvSentence(
                id, r.get("text"), r.get("label"), source + " record " + r.getRecordNumber()));
      }
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("Cannot read " + source + " as CSV: " + e.getMessage(), e);
    }
    return out;
  }

  private static LabelledSentence csvSentence(String id, String text, String label, String where) {
    try {
      double score = Double.parseDouble(label);
      if (!(score >= -1 && score <= 1)) {
        throw new IllegalArgumentException(
            "Cannot read " + where + ": score " + label + " is outside [-1, 1]");
      }
      return new LabelledSentence(id, text, Polarity.ofScore(score, 0.0), Optional.of(score));
    } catch (NumberFormatException notANumber) {
      try {
        return new LabelledSentence(id, text, Polarity.parse(label), Optional.empty());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Cannot read "
                + where
                + ": label must be positive, neutral, negative or a score in [-1, 1], got \""
                + label
                + "\"",
            e);
      }
    }
  }

  /**
   * A labelled set cut in two.
   *
   * @param train what is left for training
   * @param test the held-out part
   */
  public record Split(List<LabelledSentence> train, List<LabelledSentence> test) {}

  /**
   * Holds out about {@code fraction} of the sentences, the same ones on every run with the same
   * seed: a sentence is held out when a hash of the seed and its whitespace-normalised text falls
   * below {@code fraction}. Since the text decides, a sentence repeated in a file, or present in
   * several files (Financial PhraseBank's AllAgree sentences are also in its 50Agree file), lands
   * on the same side everywhere, so training on one file's train part and testing on another's test
   * part never tests on a training sentence.
   */
  public static Split holdout(List<LabelledSentence> all, double fraction, long seed) {
    if (!(fraction > 0 && fraction < 1)) {
      throw new IllegalArgumentException("holdout fraction must lie in (0, 1): " + fraction);
    }
    List<LabelledSentence> train = new ArrayList<>();
    List<LabelledSentence> test = new ArrayList<>();
    for (LabelledSentence s : all) {
      String key = seed + "\n" + s.text().strip().replaceAll("\\s+", " ");
      double u = Long.parseLong(Hashes.sha256Hex(key).substring(0, 13), 16) / 0x1p52;
      (u < fraction ? test : train).add(s);
    }
    return new Split(train, test);
  }

  /**
   * At most {@code n} sentences, the same ones on every run: those with the smallest hash of their
   * id, in input order. The hash spreads the sample over the file, which is often sorted by label.
   */
  public static List<LabelledSentence> subsample(List<LabelledSentence> all, int n) {
    if (n >= all.size()) {
      return all;
    }
    Set<String> chosen =
        all.stream()
            .map(LabelledSentence::id)
            .sorted(Comparator.comparing((String id) -> Hashes.sha256Hex("s:" + id)))
            .limit(n)
            .collect(Collectors.toSet());
    return all.stream().filter(s -> chosen.contains(s.id())).toList();
  }
}
