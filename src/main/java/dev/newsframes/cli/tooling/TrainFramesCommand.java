package dev.newsframes.cli.tooling;

import dev.newsframes.cli.ExitCode;
import dev.newsframes.cli.NlpConfigOptions;
import dev.newsframes.cli.OutputFile;
import dev.newsframes.cli.SparkOptions;
import dev.newsframes.common.Hashes;
import dev.newsframes.io.Warehouse;
import dev.newsframes.lab.evaluate.CodebookLabel;
import dev.newsframes.lab.evaluate.FrameScores;
import dev.newsframes.lab.evaluate.PresenceCv;
import dev.newsframes.lab.evaluate.ProductVerdicts.Question;
import dev.newsframes.runtime.Stage;
import dev.newsframes.trends.FrameLexicon;
import dev.newsframes.trends.TopicDefinition;
import dev.newsframes.trends.presence.FramePresenceModel;
import dev.newsframes.trends.presence.PresenceModelFile;
import dev.newsframes.trends.presence.SentenceClassifierFitter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsframes train-frames}: fits the presence model from codebook labels, prints its nested
 * k-fold cross-validated figures (never the training fit) and writes the model file {@code trends
 * --presence-model} reads.
 *
 * <p>Every question's frame (a lexicon frame or the topic) gets a fitted model; the others keep the
 * fallback rule. Matches the lexicon on the stored lemmas of the labelled articles (annotating them
 * in a scratch warehouse without {@code --warehouse}), so the model reads the same counts trends
 * computes.
 */
@Command(
    name = "train-frames",
    mixinStandardHelpOptions = true,
    description = {
      "Fits the frame presence model from labelled articles and writes its model file.",
      "Prints per question precision, recall, F1, the model's share against the coders' and the"
          + " dominant-of-two accuracy, all from nested k-fold cross-validation (never the"
          + " training fit); then fits on every label and writes --output for trends"
          + " --presence-model. Last line: 'model <file> ...'."
    })
public final class TrainFramesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SparkOptions spark = new SparkOptions();
  @Mixin FrameLabelOptions labelled = new FrameLabelOptions();
  @Mixin NlpConfigOptions nlp = new NlpConfigOptions();

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The model file to write (JSON, format newsframes-presence).")
  Path output;

  @Option(
      names = "--frames",
      paramLabel = "FILE",
      defaultValue = "jobs/frames.yaml",
      description = "Frame lexicon (default: ${DEFAULT-VALUE}).")
  Path frames;

  @Option(
      names = "--topic",
      paramLabel = "FILE",
      defaultValue = "jobs/topic-ai.yaml",
      description =
          "YAML with the topic: section the model reads and a question may name (default:"
              + " ${DEFAULT-VALUE}); without this file the model reads no topic.")
  Path topicFile;

  @Mixin PresenceFitOptions fit = new PresenceFitOptions();

  @Option(
      names = "--folds",
      paramLabel = "K",
      defaultValue = "10",
      description = "Folds of the (outer and inner) cross-validation (default: ${DEFAULT-VALUE}).")
  int folds;

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description =
          "Also write each labelled article's out-of-fold answers beside the coders' (TSV:"
              + " input_file, fold, question, coders, product, score, agrees, terms): where"
              + " the model and the coders disagree, and the lexicon terms behind each answer.")
  Path predictions;

  @Override
  public Integer call() throws Exception {
    OutputFile.checked(spec.commandLine(), output, "--output");
    if (predictions != null) {
      OutputFile.checked(spec.commandLine(), predictions, "--predictions");
    }
    List<CodebookLabel> labels = labelled.labels();
    List<Question> questions = labelled.questions();
    boolean given = spec.commandLine().getParseResult().hasMatchedOption("--warehouse");
    FrameLexicon lexicon = lexicon();
    Optional<TopicDefinition> topic = topic();
    PresenceCv.Setup setup = fit.setup(questions, lexicon, frames, topic, folds);
    fit.checkQuotes(setup, labelled.labelsFile());
    List<String> files =
        labels.stream().filter(CodebookLabel::isArticle).map(CodebookLabel::file).toList();
    List<Stage> stages = new ArrayList<>();
    if (!given) {
      stages.add(LabelledArticles.ingest(labelled.pageFiles(labels), labelled.manifest()));
      stages.add(LabelledArticles.annotate(nlp.load(Map.of())));
    }
    SparkSession session = spark.sessionWithExecutor("train-frames");
    Warehouse warehouse =
        given
            ? spark.warehouse(session)
            : new Warehouse(session, Files.createTempDirectory("newsframes-frames-").toString());
    for (Stage s : stages) {
      spec.commandLine().getErr().println(s.run(session, warehouse).summary());
    }
    Dataset<Row> pages = LabelledArticles.held(session, warehouse, files);
    // checked before the sentences are read: nothing is left running when the command ends here
    Optional<String> none = LabelledCv.noneFound(files, pages.count(), warehouse.root());
    if (none.isPresent()) {
      spec.commandLine().getErr().println("train-frames: " + none.get());
      return ExitCode.FAILURE;
    }
    SentenceInputs.Prepared prepared =
        SentenceInputs.prepare(
            warehouse,
            pages,
            setup,
            LabelledArticles.read(warehouse, pages, lexicon, topic),
            fit.quoteFiles(labelled.labelsFile()),
            spec.commandLine().getErr());
    setup = prepared.setup();
    LabelledArticles held = prepared.articles();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "train-frames: %s, %d labelled articles, %d in the warehouse %s (%d stories)%n",
        labelled.labelsFile(),
        files.size(),
        held.hits().size(),
        warehouse.root(),
        held.groups().values().stream().distinct().count());
    FramePresenceModel model;
    LabelledCv.CrossValidated cv;
    try {
      cv = LabelledCv.crossValidate(out, spec.commandLine().getErr(), setup, labels, held);
      model = PresenceCv.fit(setup, labels, held.hits());
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("train-frames: " + e.getMessage());
      return ExitCode.FAILURE;
    }
    if (predictions != null) {
      LabelledCv.writePredictions(out, predictions, setup, labels, cv, held);
    }
    PresenceModelFile.write(
        model, provenance(setup, cv.scores(), lexicon, held.hits().size()), output);
    out.printf(
        Locale.ROOT,
        "model %s (frames %s; use: newsframes trends --presence-model %s)%n",
        output,
        String.join(", ", new TreeSet<>(model.models().keySet())),
        output);
    out.flush();
    return ExitCode.OK;
  }

  private FrameLexicon lexicon() {
    if (!Files.isRegularFile(frames)) {
      throw usage("Frame lexicon not found: " + frames);
    }
    try {
      return FrameLexicon.load(frames);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private Optional<TopicDefinition> topic() {
    boolean named = spec.commandLine().getParseResult().hasMatchedOption("--topic");
    if (!Files.isRegularFile(topicFile)) {
      if (named) {
        throw usage("Topic file not found: " + topicFile);
      }
      return Optional.empty();
    }
    try {
      return TopicDefinition.load(topicFile);
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private Map<String, Object> provenance(
      PresenceCv.Setup s, FrameScores cv, FrameLexicon lexicon, int articles) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(
        "fitted_on",
        labelled.labelsFile()
            + " (sha256 "
            + sha256(labelled.labelsFile())
            + "): "
            + articles
            + " articles found, agreed answers (null answers left out per question)");
    p.put("trained_by", "newsframes train-frames");
    p.put("lexicon", frames + " " + lexicon.fingerprint());
    s.topic().ifPresent(t -> p.put("topic", topicFile.toString()));
    Map<String, Object> inputsUsed = new LinkedHashMap<>();
    s.fitted().forEach(f -> inputsUsed.put(f.frame(), fit.inputs(f.frame())));
    p.put("inputs", inputsUsed);
    if (s.readsSentences()) {
      p.put(
          "sentence_classifiers",
          "states "
              + s.stateSource().orElseThrow()
              + "; quotes from "
              + fit.quoteFiles(labelled.labelsFile())
              + "; lambda "
              + SentenceClassifierFitter.LAMBDA
              + "; training articles' inputs from "
              + PresenceCv.SENTENCE_FOLDS
              + " inner folds");
    }
    p.put("lambda", fit.lambda());
    p.put("threshold", fit.threshold());
    Map<String, Object> figures = new LinkedHashMap<>();
    cv.questions()
        .forEach(
            (q, b) -> {
              Map<String, Object> f = new LinkedHashMap<>();
              f.put("n", b.scored());
              f.put("precision", round(b.precision()));
              f.put("recall", round(b.recall()));
              f.put("f1", round(b.f1()));
              cv.f1Interval(q)
                  .ifPresent(
                      i -> f.put("f1_95_interval", List.of(round(i.low()), round(i.high()))));
              f.put("product_share", round(b.predictedShare()));
              f.put("coders_share", round(b.labelShare()));
              figures.put(q, f);
            });
    figures.put("dominant_accuracy", round(cv.dominantAccuracy()));
    cv.dominantInterval()
        .ifPresent(
            i ->
                figures.put(
                    "dominant_accuracy_95_interval", List.of(round(i.low()), round(i.high()))));
    p.put("cross_validated", figures);
    p.put(
        "cv",
        s.folds()
            + "-fold nested, stratified on ("
            + s.first()
            + ", "
            + s.second()
            + "), copies of a story in one fold, seed "
            + s.seed());
    return p;
  }

  private static String sha256(Path file) {
    try {
      return Hashes.sha256Hex(Files.readAllBytes(file)).substring(0, 12);
    } catch (IOException e) {
      return "unreadable";
    }
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
