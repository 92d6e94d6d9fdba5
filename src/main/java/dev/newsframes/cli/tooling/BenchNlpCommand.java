package dev.newsframes.cli.tooling;

import dev.newsframes.cli.NlpConfigOptions;
import dev.newsframes.lab.bench.AnnotatorBenchmark;
import dev.newsframes.lab.bench.AnnotatorBenchmark.Throughput;
import dev.newsframes.nlp.NlpConfig;
import dev.newsframes.nlp.NlpPipelines;
import dev.newsframes.nlp.ParserModel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bench nlp}: raw CoreNLP throughput of annotator variants on the same documents, in one
 * run, so their ratios hold even on a busy machine.
 */
@Command(
    name = "nlp",
    mixinStandardHelpOptions = true,
    description = {
      "Annotates the same N documents with several CoreNLP settings, one after another.",
      "In one JVM, on 1..T threads; prints sentences/s and tokens/s per variant, per wall-clock"
          + " second and per CPU second of the annotating threads (steadier on a shared"
          + " machine). Variants: "
          + "parse-pcfg, parse-sr (parse+sentiment), ner-default, ner-no-fine, ner-no-sutime,"
          + " ner-coarse (NER options), configured (the full configured pipeline)."
    })
public final class BenchNlpCommand implements Callable<Integer> {
  private static final String PARSE_ONLY = "tokenize,ssplit,pos,parse,sentiment";
  private static final String NER_ONLY = "tokenize,ssplit,pos,lemma,ner";

  @Spec CommandSpec spec;

  @Mixin NlpConfigOptions settings;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "DIR",
      description = "Folder of text files (page dumps).")
  Path input;

  @Option(
      names = "--docs",
      defaultValue = "20",
      paramLabel = "N",
      description = "Documents (default: 20).")
  int docs;

  @Option(
      names = "--skip-chars",
      defaultValue = "300",
      description = "Chars skipped at the start of each file (default: 300).")
  int skipChars;

  @Option(
      names = "--doc-chars",
      defaultValue = "3000",
      description = "Chars annotated per document (default: 3000).")
  int docChars;

  @Option(
      names = "--thread-counts",
      split = ",",
      defaultValue = "1,2",
      description = "Thread counts (default: 1,2).")
  List<Integer> threads;

  @Option(
      names = "--variants",
      split = ",",
      defaultValue = "parse-pcfg,parse-sr,ner-default,ner-no-fine,ner-no-sutime,ner-coarse",
      description = "Variants to measure, in order (default: all but configured).")
  List<String> variants;

  @Override
  public Integer call() throws InterruptedException {
    if (!Files.isDirectory(input)) {
      throw new ParameterException(spec.commandLine(), "--input: no such folder: " + input);
    }
    NlpConfig base = settings.load(Map.of());
    Map<String, Map<String, String>> known = variants();
    for (String v : variants) {
      if (!known.containsKey(v)) {
        throw new ParameterException(
            spec.commandLine(), "unknown variant " + v + "; known: " + known.keySet());
      }
    }
    List<String> texts = AnnotatorBenchmark.sampleDocuments(input, docs, skipChars, docChars);
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "%d documents of up to %d chars from %s; %d cores available%n",
        texts.size(),
        docChars,
        input,
        Runtime.getRuntime().availableProcessors());
    out.printf(Locale.ROOT, HEADER, (Object[]) COLUMNS);
    out.flush();
    for (String v : variants) {
      long loadStart = System.nanoTime();
      StanfordCoreNLP pipeline = NlpPipelines.build(base.withCoreNlp(known.get(v)));
      double load = (System.nanoTime() - loadStart) / 1e9;
      for (int t : threads) {
        Throughput r = AnnotatorBenchmark.measure(v, pipeline, texts, t);
        out.println(row(r, load));
        out.flush();
      }
      NlpPipelines.releaseModels();
    }
    return 0;
  }

  private static final String HEADER = "%-14s %7s %9s %7s %8s %11s %9s %8s %15s %12s %7s%n";
  private static final String[] COLUMNS = {
    "variant",
    "threads",
    "sentences",
    "tokens",
    "seconds",
    "sentences/s",
    "tokens/s",
    "cpu s",
    "sentences/cpu-s",
    "tokens/cpu-s",
    "load s"
  };

  private static String row(Throughput r, double loadSeconds) {
    return String.format(
        Locale.ROOT,
        "%-14s %7d %9d %7d %8.1f %11.2f %9.0f %8.1f %15.2f %12.0f %7.1f",
        r.variant(),
        r.threads(),
        r.sentences(),
        r.tokens(),
        r.seconds(),
        r.sentencesPerSecond(),
        r.tokensPerSecond(),
        r.cpu().toNanos() / 1e9,
        r.sentencesPerCpuSecond(),
        r.tokensPerCpuSecond(),
        loadSeconds);
  }

  /** Overrides of the configured settings per variant. */
  static Map<String, Map<String, String>> variants() {
    Map<String, Map<String, String>> v = new LinkedHashMap<>();
    v.put("parse-pcfg", Map.of("annotators", PARSE_ONLY, "parse.model", ParserModel.PCFG.path()));
    v.put("parse-sr", Map.of("annotators", PARSE_ONLY, "parse.model", ParserModel.SR.path()));
    v.put("ner-default", ner("true", "true"));
    v.put("ner-no-fine", ner("false", "true"));
    v.put("ner-no-sutime", ner("true", "false"));
    v.put("ner-coarse", ner("false", "false"));
    v.put("configured", Map.of());
    return v;
  }

  private static Map<String, String> ner(String fineGrained, String suTime) {
    return Map.of(
        "annotators", NER_ONLY, "ner.applyFineGrained", fineGrained, "ner.useSUTime", suTime);
  }
}
