package dev.newsframes.cli.tooling;

import dev.newsframes.lab.evaluate.SentimentDatasets;
import dev.newsframes.sentiment.LabelledSentence;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

/**
 * A labelled sentiment set and its holdout, as train-sentiment and evaluate sentiment read it: the
 * same --holdout and --seed set aside the same sentences in both.
 */
public final class SentimentSetOptions {
  @Option(names = "--input", required = true, paramLabel = "FILE", description = "Labelled set.")
  Path input;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "fpb|semeval|csv",
      converter = FormatConverter.class,
      description = {
        "fpb: sentence@label lines (Financial PhraseBank); semeval: SemEval-2017 task 5 headlines",
        "JSON (sign of the score); csv: header with text and label columns (positive|neutral|",
        "negative or a score)."
      })
  SentimentDatasets.Format format;

  @Option(
      names = "--holdout",
      paramLabel = "FRACTION",
      description = {
        "A fraction of the sentences set aside by --seed: train-sentiment leaves them out,",
        "evaluate sentiment scores only them."
      })
  Double holdout;

  /** Every sentence of the set; usage errors for a missing file or a bad holdout. */
  List<LabelledSentence> all(LabOptions lab) {
    lab.existingFile(input, "--input");
    if (holdout != null && !(holdout > 0 && holdout < 1)) {
      throw lab.usage("--holdout must lie in (0, 1): " + holdout);
    }
    return SentimentDatasets.read(input, format);
  }

  /** The sentences to train on: all, or those the holdout keeps. */
  List<LabelledSentence> training(List<LabelledSentence> all, long seed) {
    return holdout == null ? all : SentimentDatasets.holdout(all, holdout, seed).train();
  }

  /** The sentences to score: all, or those the holdout set aside. */
  List<LabelledSentence> evaluation(List<LabelledSentence> all, long seed) {
    return holdout == null ? all : SentimentDatasets.holdout(all, holdout, seed).test();
  }

  /** "FILE (format)" with the holdout, for the first line a command prints. */
  String describe(long seed) {
    return String.format(
        Locale.ROOT,
        "%s (%s)%s",
        input,
        format.code(),
        holdout == null ? "" : String.format(Locale.ROOT, ", holdout %s seed %d", holdout, seed));
  }

  /** Accepts {@code fpb}, {@code semeval} or {@code csv} in any case. */
  static final class FormatConverter implements ITypeConverter<SentimentDatasets.Format> {
    @Override
    public SentimentDatasets.Format convert(String value) {
      return SentimentDatasets.Format.valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
  }
}
