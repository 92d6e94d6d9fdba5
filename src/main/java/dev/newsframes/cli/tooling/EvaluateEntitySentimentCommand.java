package dev.newsframes.cli.tooling;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsframes.cli.ExitCode;
import dev.newsframes.cli.NlpConfigOptions;
import dev.newsframes.cli.OutputFile;
import dev.newsframes.nlp.EntitySentimentModels;
import dev.newsframes.nlp.NlpConfig;
import dev.newsframes.nlp.NlpConfigLoader;
import dev.newsframes.sentiment.target.LabelledTarget;
import dev.newsframes.sentiment.target.NewsMtscReader;
import dev.newsframes.sentiment.target.TargetInput;
import dev.newsframes.sentiment.target.TargetLabel;
import dev.newsframes.sentiment.target.TargetPolarity;
import dev.newsframes.sentiment.target.TargetScores;
import dev.newsframes.sentiment.target.TargetSentimentModel;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate entity-sentiment}: the sentiment towards each target that annotate writes to
 * {@code mentions}, scored against NewsMTSC-format labelled targets.
 */
@Command(
    name = "entity-sentiment",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the entity sentiment model against targets labelled in NewsMTSC format.",
      "The model is the configured one, or the head that --model names. Input: JSON lines",
      "with sentence_normalized and targets (Input.gid, from, to, polarity 2/4/6). Prints",
      "per-class F1, the confusion matrix, the all-neutral baseline, and last a line",
      "'accuracy <a> macro-f1 <m>'. --output writes one JSON line per target: its ids,",
      "offsets, gold and predicted polarity, probabilities and score."
    })
public final class EvaluateEntitySentimentCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Mixin NlpConfigOptions settings = new NlpConfigOptions();
  @Mixin LabOptions lab = new LabOptions();
  @Mixin LimitOption limitOption = new LimitOption();

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE.jsonl",
      description = "Labelled targets, NewsMTSC format.")
  Path input;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write the predictions here, one JSON line per target.")
  Path output;

  @Option(
      names = "--model",
      paramLabel = "HEAD",
      description = "Score this head file from train-entity-sentiment instead of the configured.")
  Path model;

  @Override
  public Integer call() throws IOException {
    lab.existingFile(input, "--input");
    if (output != null) {
      OutputFile.checked(spec.commandLine(), output, "--output");
    }
    NlpConfig config = settings.load(overrides());
    if (config.entitySentimentHead().isEmpty()) {
      throw lab.usage(
          NlpConfigLoader.ENTITY_SENTIMENT + "=none: there is no entity sentiment model to score");
    }
    List<LabelledTarget> all = read();
    List<LabelledTarget> items = limitOption.limit().map(n -> subsample(all, n)).orElse(all);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "entity sentiment evaluation of %s: %d of %d targets; model %s (%s)%n",
        input,
        items.size(),
        all.size(),
        config.entitySentiment(),
        config.entitySentimentHead().get());
    out.flush();
    TargetSentimentModel m = EntitySentimentModels.forConfig(config).orElseThrow();
    long start = System.nanoTime();
    List<TargetPolarity> predicted = predict(m, items);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<TargetLabel> gold = items.stream().map(LabelledTarget::gold).toList();
    TargetScores scores = TargetScores.of(gold, predicted.stream().map(p -> p.label()).toList());
    TargetScores baseline =
        TargetScores.of(gold, Collections.nCopies(gold.size(), TargetLabel.NEUTRAL));
    out.printf(
        Locale.ROOT,
        "scored in %.1f s (%.1f targets/s, one thread)%n",
        seconds,
        items.size() / seconds);
    report(out, scores, baseline);
    if (output != null) {
      write(items, predicted);
      out.printf(Locale.ROOT, "predictions: %s (%d lines)%n", output, items.size());
    }
    out.printf(Locale.ROOT, "accuracy %.4f macro-f1 %.4f%n", scores.accuracy(), scores.macroF1());
    out.flush();
    return ExitCode.OK;
  }

  private Map<String, String> overrides() {
    Map<String, String> extra = new HashMap<>();
    if (model != null) {
      lab.existingFile(model, "--model");
      extra.put(NlpConfigLoader.ENTITY_SENTIMENT, EntitySentimentModels.TRAINED);
      extra.put(NlpConfigLoader.ENTITY_SENTIMENT_MODEL_PATH, model.toAbsolutePath().toString());
    }
    return extra;
  }

  private List<LabelledTarget> read() throws IOException {
    try {
      return NewsMtscReader.read(input);
    } catch (IOException e) {
      // a malformed file is bad input, reported with its line, not a crash
      throw lab.usage(LabOptions.cannotRead(input, e));
    }
  }

  /** Every k-th target so that n remain, spread over the file (deterministic). */
  static List<LabelledTarget> subsample(List<LabelledTarget> all, int n) {
    if (n >= all.size()) {
      return all;
    }
    List<LabelledTarget> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(all.get((int) ((long) i * all.size() / n)));
    }
    return out;
  }

  /** Predictions in input order; the model runs one sentence's targets per encoder call. */
  private static List<TargetPolarity> predict(TargetSentimentModel m, List<LabelledTarget> items) {
    List<TargetInput> inputs = items.stream().map(LabelledTarget::input).toList();
    List<TargetPolarity> out = new ArrayList<>(inputs.size());
    for (int start = 0; start < inputs.size(); start += 256) {
      out.addAll(m.predict(inputs.subList(start, Math.min(inputs.size(), start + 256))));
    }
    return out;
  }

  private static void report(PrintWriter out, TargetScores scores, TargetScores baseline) {
    for (TargetLabel l : TargetLabel.values()) {
      out.printf(Locale.ROOT, "%-8s f1 %.4f%n", l.columnValue(), scores.f1(l));
    }
    out.println("confusion (rows gold, columns predicted: negative neutral positive):");
    for (TargetLabel l : TargetLabel.values()) {
      int[] row = scores.confusion()[l.ordinal()];
      out.printf(Locale.ROOT, "  %-8s %6d %6d %6d%n", l.columnValue(), row[0], row[1], row[2]);
    }
    out.printf(
        Locale.ROOT,
        "baseline (every target neutral): accuracy %.4f macro-f1 %.4f%n",
        baseline.accuracy(),
        baseline.macroF1());
  }

  private void write(List<LabelledTarget> items, List<TargetPolarity> predicted) {
    try (BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
      for (int i = 0; i < items.size(); i++) {
        w.write(JSON.writeValueAsString(line(items.get(i), predicted.get(i))));
        w.newLine();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write --output " + output + ": " + e.getMessage(), e);
    }
  }

  /** The target's ids and offsets, gold and predicted polarity (also in NewsMTSC's 2/4/6). */
  static ObjectNode line(LabelledTarget t, TargetPolarity p) {
    ObjectNode o = JSON.createObjectNode();
    o.put("Input.gid", t.id());
    o.put("from", t.input().from());
    o.put("to", t.input().to());
    o.put("gold", t.gold().columnValue());
    o.put("predicted", p.label().columnValue());
    o.put("polarity", 2.0 + 2 * p.label().ordinal());
    o.put("negative", p.negative());
    o.put("neutral", p.neutral());
    o.put("positive", p.positive());
    o.put("score", p.score());
    return o;
  }
}
