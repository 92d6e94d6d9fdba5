package dev.newsframes.cli.tooling;

import dev.newsframes.cli.NlpConfigOptions;
import dev.newsframes.common.Hashes;
import dev.newsframes.common.PrecisionRecall;
import dev.newsframes.lab.evaluate.ConllDocument;
import dev.newsframes.lab.evaluate.ConllTypes;
import dev.newsframes.lab.evaluate.NerEvaluator;
import dev.newsframes.lab.evaluate.NerScores;
import dev.newsframes.nlp.NlpConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate ner}: entity-level precision, recall and F1 of the configured NER on CoNLL-2003.
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the configured CoreNLP NER (with the gazetteer) against a CoNLL-2003 file.",
      "Entity-level precision, recall and F1 per type, exact span and type match.",
      "The last line reads: overall precision <p> recall <r> f1 <f>"
    })
public final class EvaluateNerCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin NlpConfigOptions settings;
  @Mixin LabOptions lab = new LabOptions();
  @Mixin LimitOption limitOption = new LimitOption();

  @Option(
      names = "--conll",
      required = true,
      paramLabel = "FILE",
      description = "CoNLL-2003 file, e.g. eng.testa.")
  Path conll;

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(conll)) {
      throw new ParameterException(spec.commandLine(), "--conll: no such file: " + conll);
    }
    NlpConfig config = settings.load(Map.of());
    List<String> lines;
    try {
      lines = Files.readAllLines(conll, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ParameterException(
          spec.commandLine(), "Cannot read --conll " + conll + ": " + LabOptions.why(e));
    }
    List<ConllDocument> docs = subsample(ConllDocument.parse(lines, conll.toString()));
    PrintWriter out = spec.commandLine().getOut();
    int sentences = docs.stream().mapToInt(d -> d.sentences().size()).sum();
    int tokens =
        docs.stream().flatMap(d -> d.sentences().stream()).mapToInt(s -> s.tokens().size()).sum();
    out.printf(
        Locale.ROOT,
        "NER evaluation of %s: %d documents, %d sentences, %d tokens%n",
        conll,
        docs.size(),
        sentences,
        tokens);
    out.printf(
        Locale.ROOT, "settings: %s, fingerprint %s%n", settings.source(), config.fingerprint());
    out.println("type mapping: " + ConllTypes.DESCRIPTION);
    out.flush();
    NerEvaluator evaluator = new NerEvaluator(config);
    long start = System.nanoTime();
    NerScores scores = evaluator.evaluate(docs);
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(Locale.ROOT, "annotated in %.1f s (%.0f tokens/s)%n", seconds, tokens / seconds);
    for (String type : scores.types()) {
      out.println(line(type, scores.byType().get(type)));
    }
    PrecisionRecall all = scores.overall();
    out.printf(
        Locale.ROOT,
        "overall precision %.4f recall %.4f f1 %.4f%n",
        all.precision(),
        all.recall(),
        all.f1());
    out.flush();
    return 0;
  }

  private List<ConllDocument> subsample(List<ConllDocument> docs) {
    int limit = limitOption.limit().orElse(docs.size());
    if (limit >= docs.size()) {
      return docs;
    }
    return IntStream.range(0, docs.size())
        .boxed()
        .sorted(Comparator.comparing(i -> Hashes.sha256Hex("d:" + i)))
        .limit(limit)
        .sorted()
        .map(docs::get)
        .toList();
  }

  private static String line(String type, PrecisionRecall pr) {
    return String.format(
        Locale.ROOT,
        "%-5s precision %.4f recall %.4f f1 %.4f (gold %d, predicted %d, correct %d)",
        type,
        pr.precision(),
        pr.recall(),
        pr.f1(),
        pr.gold(),
        pr.predicted(),
        pr.truePositives());
  }
}
