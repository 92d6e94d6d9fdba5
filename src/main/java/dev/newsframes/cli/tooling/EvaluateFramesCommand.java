package dev.newsframes.cli.tooling;

import static org.apache.spark.sql.functions.col;

import dev.newsframes.cli.ExitCode;
import dev.newsframes.cli.NlpConfigOptions;
import dev.newsframes.cli.OutputFile;
import dev.newsframes.cli.PresenceOptions;
import dev.newsframes.cli.SparkOptions;
import dev.newsframes.common.Hashes;
import dev.newsframes.io.Tables;
import dev.newsframes.io.Warehouse;
import dev.newsframes.lab.evaluate.BinaryScore;
import dev.newsframes.lab.evaluate.ClimateEvaluation;
import dev.newsframes.lab.evaluate.ClimateLabels;
import dev.newsframes.lab.evaluate.CodebookLabel;
import dev.newsframes.lab.evaluate.FrameScorer;
import dev.newsframes.lab.evaluate.FrameScores;
import dev.newsframes.lab.evaluate.FrameValidation;
import dev.newsframes.lab.evaluate.GvfcEvaluation;
import dev.newsframes.lab.evaluate.GvfcHeadline;
import dev.newsframes.lab.evaluate.GvfcLabels;
import dev.newsframes.lab.evaluate.GvfcModels;
import dev.newsframes.lab.evaluate.PresenceCv;
import dev.newsframes.lab.evaluate.PresenceSpecs;
import dev.newsframes.lab.evaluate.ProductVerdicts;
import dev.newsframes.lab.evaluate.ProductVerdicts.Question;
import dev.newsframes.runtime.Stage;
import dev.newsframes.runtime.WarehouseLock;
import dev.newsframes.sentiment.target.EncoderSpec;
import dev.newsframes.sentiment.target.SentenceVectors;
import dev.newsframes.trends.BootstrapInterval;
import dev.newsframes.trends.Frame;
import dev.newsframes.trends.FrameLexicon;
import dev.newsframes.trends.TrendsJob;
import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.FramePresenceModel;
import dev.newsframes.trends.presence.PresenceFitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code newsframes evaluate frames}: the product's frame presence (and topic) against codebook
 * labels: per question precision, recall, F1 and the product's share beside the coders', and the
 * dominant-of-two accuracy.
 *
 * <p>Without {@code --warehouse} it ingests, annotates (CoreNLP) and runs trends over the labelled
 * pages in a scratch warehouse; with it, it reads the warehouse's {@code article_frames} and {@code
 * article_topics} as they are, or re-runs trends there first ({@code --run-trends}). A labelled
 * page counts through its canonical article ({@code duplicate_of}), as trends counts it.
 *
 * <p>{@code --format gvfc} scores GVFC headlines' main frame instead ({@link GvfcEvaluation}), and
 * {@code --format climate} the climate narrative frames ({@link ClimateEvaluation}); neither writes
 * to a given warehouse.
 */
@Command(
    name = "frames",
    mixinStandardHelpOptions = true,
    description = {
      "Scores frame presence and the AI topic against labels in the codebook's format.",
      "Prints per question precision, recall, F1, the product's share against the coders',"
          + " and the dominant-of-two accuracy; --output writes one line per article and frame.",
      "With --warehouse the figures (and those of --folds) replace its frame_validation table.",
      "--format gvfc scores the Gun Violence Frame Corpus's main frame instead: the mapping rule"
          + ", Naive Bayes (with and without lexicon hits) and a logistic regression over the"
          + " headlines' bge-small sentence vectors, cross-validated or fitted on --train, beside"
          + " the published baselines.",
      "--format climate scores the five climate narrative frames against their mapped lexicon"
          + " frames: the product's fallback rule, any hit and a cross-validated model, beside"
          + " answering yes everywhere, and a cross-validated logistic regression over the"
          + " articles' bge-small sentence vectors."
    })
public final class EvaluateFramesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SparkOptions spark = new SparkOptions();
  @Mixin FrameLabelOptions labelled = new FrameLabelOptions();
  @Mixin PresenceOptions presence = new PresenceOptions();
  @Mixin NlpConfigOptions nlp = new NlpConfigOptions();
  @Mixin PresenceFitOptions fit = new PresenceFitOptions();

  @Option(
      names = "--folds",
      paramLabel = "K",
      description =
          "Also cross-validate a presence model fitted on these labels (nested, K folds; the"
              + " train-frames options --inputs, --lambda, --threshold, --fallback, --seed) and"
              + " print its figures beside the applied model's.")
  Integer folds;

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description =
          "With --folds: write each labelled article's out-of-fold answers beside the coders'"
              + " (TSV, as train-frames --predictions).")
  Path predictions;

  @Option(
      names = "--frames",
      paramLabel = "FILE",
      defaultValue = "jobs/frames.yaml",
      description = "Frame lexicon (default: ${DEFAULT-VALUE}).")
  Path frames;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "codebook",
      description =
          "Format of --labels: codebook (JSON Lines of frames-codebook.md), gvfc (the Gun"
              + " Violence Frame Corpus CSV: main frame of each headline, mapped to the lexicon's"
              + " frames; default lexicon jobs/gvfc-frames.yaml, default --folds 10) or climate"
              + " (articles_metadata.tsv of the climate narrative frames: five yes/no frames"
              + " mapped to the Media Frames lexicon's; default --folds 10). Default:"
              + " ${DEFAULT-VALUE}.")
  String format;

  @Option(
      names = "--train",
      paramLabel = "FILE",
      description =
          "With --format gvfc or climate: fit the models on this file (a GVFC CSV, or a climate"
              + " TSV) and score --labels as a held-out set, instead of cross-validating on"
              + " --labels (both are ingested together in a scratch warehouse).")
  Path train;

  @Option(
      names = "--run-trends",
      description =
          "With --warehouse: re-run trends there (with --frames and the presence options) before"
              + " scoring. Replaces the warehouse's trend tables.")
  boolean runTrends;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      description = "Write input_file, frame, present, score per article and question (TSV).")
  Path output;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("codebook") && (output != null || predictions != null || runTrends)) {
      throw usage(
          "--output, --predictions and --run-trends are for codebook labels; --format "
              + format
              + " prints its cross-validated figures only");
    }
    switch (format) {
      case "codebook" -> {}
      case "gvfc" -> {
        return gvfc();
      }
      case "climate" -> {
        return climate();
      }
      default -> throw usage("--format takes codebook, gvfc or climate, got '" + format + "'");
    }
    if (output != null) {
      OutputFile.checked(spec.commandLine(), output, "--output");
    }
    if (predictions != null) {
      if (folds == null) {
        throw usage("--predictions writes the out-of-fold answers of --folds: add --folds K");
      }
      OutputFile.checked(spec.commandLine(), predictions, "--predictions");
    }
    List<CodebookLabel> labels = labelled.labels();
    List<Question> questions = labelled.questions();
    boolean given = spec.commandLine().getParseResult().hasMatchedOption("--warehouse");
    if (runTrends && !given) {
      throw usage("--run-trends needs --warehouse (without it every stage runs in a scratch one)");
    }
    Optional<PresenceCv.Setup> setup = Optional.empty();
    if (folds != null) {
      setup =
          Optional.of(fit.setup(questions, lexicon(), frames, presence.topicIfPresent(), folds));
      fit.checkQuotes(setup.get(), labelled.labelsFile());
    }
    List<Stage> stages = new ArrayList<>();
    if (!given) {
      stages.add(LabelledArticles.ingest(labelled.pageFiles(labels), labelled.manifest()));
      stages.add(LabelledArticles.annotate(nlp.load(Map.of())));
    }
    if (!given || runTrends) {
      stages.add(trends());
    }
    SparkSession session = spark.sessionWithExecutor("evaluate frames");
    Warehouse warehouse =
        given
            ? spark.warehouse(session)
            : new Warehouse(session, Files.createTempDirectory("newsframes-frames-").toString());
    // a given warehouse is written (frame_validation, and the trend tables with --run-trends):
    // hold its lock as every writing command does; a scratch one is this run's alone
    try (WarehouseLock lock =
        given
            ? WarehouseLock.forWrites(warehouse, "evaluate-" + UUID.randomUUID(), "evaluate frames")
            : null) {
      return score(session, warehouse, given, labels, questions, stages, setup);
    }
  }

  /** Runs the stages, scores the held pages and writes what was asked for. */
  private int score(
      SparkSession session,
      Warehouse warehouse,
      boolean given,
      List<CodebookLabel> labels,
      List<Question> questions,
      List<Stage> stages,
      Optional<PresenceCv.Setup> setup)
      throws IOException {
    for (Stage s : stages) {
      spec.commandLine().getErr().println(s.run(session, warehouse).summary());
    }
    if (!warehouse.exists(Tables.ARTICLE_TOPICS)) {
      throw usage(
          "The warehouse "
              + warehouse.root()
              + " has no article_topics: its trends predate presence; add --run-trends");
    }
    List<String> files =
        labels.stream().filter(CodebookLabel::isArticle).map(CodebookLabel::file).toList();
    Dataset<Row> held = LabelledArticles.held(session, warehouse, files);
    Set<String> heldFiles =
        new HashSet<>(held.select("file").as(Encoders.STRING()).collectAsList());
    Optional<String> none = LabelledCv.noneFound(files, heldFiles.size(), warehouse.root());
    if (none.isPresent()) {
      spec.commandLine().getErr().println("evaluate frames: " + none.get());
      return ExitCode.FAILURE;
    }
    List<ProductVerdicts.Row> rows = productRows(held, warehouse, questions);
    List<String> pair = List.of(questions.get(0).frame(), questions.get(1).frame());
    FrameScores scores =
        FrameScorer.score(
            labels,
            ProductVerdicts.verdicts(heldFiles, rows, questions, pair),
            questions.stream().map(Question::key).toList());
    var out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "evaluate frames: %s, %d labelled articles, %d in the warehouse %s%n",
        labelled.labelsFile(),
        files.size(),
        heldFiles.size(),
        warehouse.root());
    out.print(scores.table());
    out.println(scoredWhat());
    Map<String, String> frameOf = new LinkedHashMap<>();
    questions.forEach(q -> frameOf.put(q.key(), q.frame()));
    List<FrameValidation> validation =
        new ArrayList<>(FrameValidation.of(FrameValidation.APPLIED, scores, frameOf));
    if (setup.isPresent()) {
      SentenceInputs.Prepared prepared =
          SentenceInputs.prepare(
              warehouse,
              held,
              setup.get(),
              LabelledArticles.read(warehouse, held, lexicon(), presence.topicIfPresent()),
              fit.quoteFiles(labelled.labelsFile()),
              spec.commandLine().getErr());
      LabelledCv.CrossValidated cv;
      try {
        cv =
            LabelledCv.crossValidate(
                out, spec.commandLine().getErr(), prepared.setup(), labels, prepared.articles());
      } catch (IllegalArgumentException e) {
        spec.commandLine().getErr().println("evaluate frames: " + e.getMessage());
        return ExitCode.FAILURE;
      }
      validation.addAll(FrameValidation.of(FrameValidation.CV, cv.scores(), frameOf));
      if (predictions != null) {
        LabelledCv.writePredictions(
            out, predictions, prepared.setup(), labels, cv, prepared.articles());
      }
    }
    if (given) {
      warehouse.replaceAsOneFile(
          Tables.FRAME_VALIDATION, validationRows(session, validation, lexicon().fingerprint()));
      out.println(
          "validation: "
              + validation.size()
              + " rows in "
              + warehouse.path(Tables.FRAME_VALIDATION));
    }
    if (output != null) {
      Files.write(
          output,
          ProductVerdicts.predictionLines(heldFiles, rows, questions),
          StandardCharsets.UTF_8);
      out.println("predictions: " + output);
    }
    out.flush();
    return ExitCode.OK;
  }

  /**
   * GVFC: the headlines' main frame against the mapping rule, Naive Bayes (with and without the
   * lexicon's hits) and a logistic regression over sentence vectors, cross-validated, or fitted on
   * --train; ingests and annotates the headlines unless --warehouse holds them (record position =
   * CSV row).
   */
  private Integer gvfc() throws Exception {
    List<GvfcLabels.Row> rows = gvfcRows(labelled.labelsFile(), "labels");
    List<GvfcLabels.Row> trainRows = train == null ? List.of() : gvfcRows(train, "--train");
    boolean given = spec.commandLine().getParseResult().hasMatchedOption("--warehouse");
    int k = publicSetFolds(given, rows.size(), "headlines");
    if (!spec.commandLine().getParseResult().hasMatchedOption("--frames")) {
      frames = Path.of("jobs/gvfc-frames.yaml");
    }
    FrameLexicon lexicon = lexicon();
    List<String> ids = lexicon.frames().stream().map(Frame::id).toList();
    Map<Integer, String> mapping = GvfcModels.mapping(ids);
    if (mapping.isEmpty()) {
      throw usage("No frame of " + frames + " answers a GVFC frame (see docs/frame-presence.md)");
    }
    List<GvfcLabels.Row> all = new ArrayList<>(trainRows);
    all.addAll(rows); // --train first: its headlines take record positions 1..n
    SparkSession session = spark.sessionWithExecutor("evaluate frames --format gvfc");
    Warehouse warehouse = given ? spark.warehouse(session) : gvfcScratchWarehouse(session, all);
    GvfcHeadlineRows stored = GvfcHeadlineRows.read(session, warehouse, all, lexicon);
    List<GvfcHeadline> headlines = withVectors(stored.headlines(), all);
    List<GvfcHeadline> test = headlines.subList(trainRows.size(), headlines.size());
    var out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "evaluate frames --format gvfc: %s, %d headlines%s, %d of %d annotated in %s; lexicon %s"
            + " answers %d of 9 GVFC frames%n",
        labelled.labelsFile(),
        rows.size(),
        train == null ? "" : " (fitted on " + train + ", " + trainRows.size() + " headlines)",
        stored.annotated(),
        all.size(),
        warehouse.root(),
        frames,
        mapping.size());
    if (stored.textDiffers() > 0) {
      out.printf(
          Locale.ROOT,
          "warning: %d stored texts differ from their CSV headline: was the warehouse ingested"
              + " from this file, in order?%n",
          stored.textDiffers());
    }
    GvfcEvaluation evaluation =
        train == null
            ? GvfcEvaluation.crossValidate(test, mapping, ids, k, fit.seed())
            : GvfcEvaluation.heldOut(headlines.subList(0, trainRows.size()), test, mapping, ids);
    out.print(evaluation.table());
    out.flush();
    return ExitCode.OK;
  }

  /**
   * The headlines with the sentence vectors of their CSV titles, from the bge-small encoder that
   * annotate's entity sentiment already ships (a few seconds for GVFC's headlines).
   */
  private List<GvfcHeadline> withVectors(List<GvfcHeadline> headlines, List<GvfcLabels.Row> rows) {
    List<float[]> vectors = encode(rows.stream().map(GvfcLabels.Row::title).toList(), "headlines");
    List<GvfcHeadline> out = new ArrayList<>(headlines.size());
    for (int i = 0; i < headlines.size(); i++) {
      out.add(headlines.get(i).withVector(vectors.get(i)));
    }
    return out;
  }

  /**
   * Climate narrative frames: each of the five frames against its mapped lexicon frame, by the
   * product's fallback rule, any hit and a presence model, beside answering yes everywhere, and by
   * a model over the stored sentences' vectors; the models cross-validated, or fitted on --train;
   * ingests and annotates the articles unless --warehouse holds them (record position = TSV row).
   */
  private Integer climate() throws Exception {
    List<ClimateLabels.Row> rows = climateRows(labelled.labelsFile(), "labels");
    List<ClimateLabels.Row> trainRows = train == null ? List.of() : climateRows(train, "--train");
    boolean given = spec.commandLine().getParseResult().hasMatchedOption("--warehouse");
    int k = publicSetFolds(given, rows.size(), "articles");
    FrameLexicon lexicon = lexicon();
    Set<String> ids = new HashSet<>(lexicon.frames().stream().map(Frame::id).toList());
    List<String> missing =
        ClimateLabels.MAPPING.values().stream().filter(f -> !ids.contains(f)).toList();
    if (!missing.isEmpty()) {
      throw usage(frames + " lacks the frames the climate mapping needs: " + missing);
    }
    List<ClimateLabels.Row> all = new ArrayList<>(trainRows);
    all.addAll(rows); // --train first: its articles take record positions 1..n
    SparkSession session = spark.sessionWithExecutor("evaluate frames --format climate");
    Warehouse warehouse =
        given
            ? spark.warehouse(session)
            : scratchWarehouse(session, "climate", ClimateLabels.ingestRecords(all));
    Dataset<Row> held = LabelledArticles.heldAtPositions(warehouse, all.size());
    LabelledArticles stored = LabelledArticles.read(warehouse, held, lexicon, Optional.empty());
    List<ArticleHits> hits = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      hits.add(stored.hits().getOrDefault(String.valueOf(i + 1), new ArticleHits(0, 0, List.of())));
    }
    Optional<List<double[]>> vectors =
        articleVectors(LabelledArticles.sentenceTexts(warehouse, held), all.size());
    var out = spec.commandLine().getOut();
    out.printf(
        Locale.ROOT,
        "evaluate frames --format climate: %s, %d articles%s, %d of %d annotated in %s; lexicon"
            + " %s%n",
        labelled.labelsFile(),
        rows.size(),
        train == null ? "" : " (fitted on " + train + ", " + trainRows.size() + " articles)",
        stored.hits().size(),
        all.size(),
        warehouse.root(),
        frames);
    int n = trainRows.size();
    ClimateEvaluation.Articles test = climateArticles(rows, hits, vectors, n, all.size());
    PresenceFitter.Options options =
        new PresenceFitter.Options(
            PresenceFitter.Options.DEFAULT.lambda(),
            k,
            fit.seed(),
            PresenceFitter.Options.DEFAULT.thresholdRule());
    ClimateEvaluation evaluation =
        train == null
            ? ClimateEvaluation.crossValidate(test, PresenceSpecs.TOPIC_COUNTS, options)
            : ClimateEvaluation.heldOut(
                climateArticles(trainRows, hits, vectors, 0, n),
                test,
                PresenceSpecs.TOPIC_COUNTS,
                options);
    out.print(evaluation.table());
    out.println(
        "A frame whose measures do not beat 'yes everywhere' is not measured by the lexicon on"
            + " this corpus: read its shares as hit counts, not as coded frames.");
    out.flush();
    return ExitCode.OK;
  }

  /**
   * Per article at record positions 1..n, the sum of its stored sentences' vectors from the
   * bge-small encoder annotate's entity sentiment ships (about 20 s for the climate set); empty
   * when no article has sentences.
   */
  private Optional<List<double[]>> articleVectors(Map<String, List<String>> texts, int n) {
    if (texts.isEmpty()) {
      return Optional.empty();
    }
    List<List<String>> sentences = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      sentences.add(texts.getOrDefault(String.valueOf(i), List.of()));
    }
    return Optional.of(
        ClimateEvaluation.articleVectors(
            sentences, t -> encode(t, "sentences of " + texts.size() + " articles")));
  }

  /**
   * Unit vectors of {@code texts} from bge-small, the encoder annotate's entity sentiment ships;
   * says on standard error how many {@code what} it encoded and how long that took.
   */
  private List<float[]> encode(List<String> texts, String what) {
    long t0 = System.nanoTime();
    List<float[]> vectors = SentenceVectors.encode(texts, EncoderSpec.BGE_SMALL_Q);
    spec.commandLine()
        .getErr()
        .printf(
            Locale.ROOT,
            "evaluate frames: encoded %d %s with %s in %.1f s%n",
            texts.size(),
            what,
            EncoderSpec.BGE_SMALL_Q.id(),
            (System.nanoTime() - t0) / 1e9);
    return vectors;
  }

  /** The labelled {@code rows} with the hits and vectors at positions {@code [from, to)}. */
  private static ClimateEvaluation.Articles climateArticles(
      List<ClimateLabels.Row> rows,
      List<ArticleHits> hits,
      Optional<List<double[]>> vectors,
      int from,
      int to) {
    return new ClimateEvaluation.Articles(
        rows.stream().map(ClimateLabels.Row::answers).toList(),
        hits.subList(from, to),
        vectors.map(v -> v.subList(from, to)));
  }

  private List<ClimateLabels.Row> climateRows(Path tsv, String what) {
    try {
      return ClimateLabels.read(existing(tsv, what));
    } catch (IOException | UncheckedIOException e) {
      throw usage("Cannot read climate " + what + " " + tsv + ": " + LabOptions.why(e));
    } catch (IllegalArgumentException e) {
      throw usage("Cannot read climate " + what + ": " + e.getMessage());
    }
  }

  /** What the frame_validation rows say decided presence: stored article_frames name no model. */
  static final String AS_STORED = "stored article_frames, from the warehouse's last trends run";

  /**
   * What decided the presence scored: the presence options when this run ran trends, else whatever
   * the warehouse's last trends run wrote ({@link #AS_STORED}), which the options do not describe.
   */
  private String decidedBy() {
    boolean given = spec.commandLine().getParseResult().hasMatchedOption("--warehouse");
    return given && !runTrends ? AS_STORED : presence.describe();
  }

  /** The line after the table: whose figures they are, and what they are worth. */
  private String scoredWhat() {
    if (decidedBy().equals(AS_STORED)) {
      return "These are the figures of the presence stored in the warehouse's article_frames, as"
          + " its last trends run decided it (--run-trends re-runs trends with the presence"
          + " options first); for a model fitted on these labels they are a training fit.";
    }
    if (presence.isRule()) {
      return "These are the figures of the "
          + presence.describe()
          + ": nothing was fitted on these labels.";
    }
    return "These are the applied model's figures ("
        + presence.describe()
        + "): on the labels a model was fitted on (the shipped model's are"
        + " ai-tech-frames-dev.jsonl) they are a training fit, not a validation; its"
        + " cross-validated figures are in the model file's provenance.";
  }

  /**
   * The folds of a public set of {@code n} rows ({@code unit}): --folds, default 10; refused with
   * --train, which ingests both files in a scratch warehouse of its own.
   */
  private int publicSetFolds(boolean warehouseGiven, int n, String unit) {
    if (train != null && (warehouseGiven || folds != null)) {
      throw usage(
          "--train ingests both files in a scratch warehouse: drop --warehouse and --folds");
    }
    int k = folds == null ? 10 : folds;
    if (k < 2 || k > n) {
      throw usage("--folds must be between 2 and the " + n + " " + unit + ", got " + k);
    }
    return k;
  }

  /** A scratch warehouse holding {@code rows} ingested in order and annotated. */
  private Warehouse gvfcScratchWarehouse(SparkSession session, List<GvfcLabels.Row> rows)
      throws IOException {
    return scratchWarehouse(session, "gvfc", GvfcLabels.ingestRecords(rows));
  }

  /** A scratch warehouse holding {@code records} ingested in order from JSON Lines, annotated. */
  private Warehouse scratchWarehouse(
      SparkSession session, String name, List<Map<String, String>> records) throws IOException {
    Warehouse warehouse =
        new Warehouse(session, Files.createTempDirectory("newsframes-" + name + "-").toString());
    Path jsonl =
        GvfcHeadlineRows.writeJsonLines(
            records, Path.of(warehouse.root()).resolve(name + ".jsonl"));
    for (Stage s :
        List.of(GvfcHeadlineRows.ingest(jsonl), LabelledArticles.annotate(nlp.load(Map.of())))) {
      spec.commandLine().getErr().println(s.run(session, warehouse).summary());
    }
    return warehouse;
  }

  private Path existing(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw usage("Cannot read " + what + " " + file + ": no such file");
    }
    return file;
  }

  private List<GvfcLabels.Row> gvfcRows(Path csv, String what) {
    try {
      List<GvfcLabels.Row> rows = GvfcLabels.read(existing(csv, what));
      if (rows.isEmpty()) {
        throw usage("No headline with a main frame in " + csv);
      }
      return rows;
    } catch (IOException | UncheckedIOException e) {
      throw usage("Cannot read GVFC " + what + " " + csv + ": " + LabOptions.why(e));
    } catch (IllegalArgumentException e) {
      throw usage("Cannot read GVFC labels: " + e.getMessage());
    }
  }

  /** The rows of {@code frame_validation} for this evaluation. */
  private Dataset<Row> validationRows(
      SparkSession session, List<FrameValidation> validation, String lexiconFingerprint)
      throws IOException {
    Timestamp now = Timestamp.from(Instant.now());
    String labelsHash = Hashes.sha256Hex(Files.readAllBytes(labelled.labelsFile()));
    List<Row> rows = new ArrayList<>();
    for (FrameValidation v : validation) {
      BinaryScore b = v.score();
      rows.add(
          RowFactory.create(
              now,
              labelled.labelsFile().toString(),
              labelsHash,
              lexiconFingerprint,
              decidedBy(),
              v.method(),
              v.question(),
              v.frame(),
              b.scored(),
              b.tp(),
              b.fp(),
              b.fn(),
              b.tn(),
              b.precision(),
              b.recall(),
              b.f1(),
              b.predictedShare(),
              b.labelShare(),
              v.dominantAccuracy(),
              v.f1Interval().map(BootstrapInterval.Bounds::low).orElse(null),
              v.f1Interval().map(BootstrapInterval.Bounds::high).orElse(null),
              v.dominantInterval().map(BootstrapInterval.Bounds::low).orElse(null),
              v.dominantInterval().map(BootstrapInterval.Bounds::high).orElse(null)));
    }
    return session.createDataFrame(rows, Tables.FRAME_VALIDATION.schema());
  }

  /**
   * The product's rows for the held pages: one per page and frame (or topic) it has a verdict on.
   */
  private static List<ProductVerdicts.Row> productRows(
      Dataset<Row> held, Warehouse warehouse, List<Question> questions) {
    Object[] wanted = questions.stream().map(Question::frame).distinct().toArray();
    Dataset<Row> frames =
        warehouse
            .read(Tables.ARTICLE_FRAMES)
            .select("article_id", "frame", "present", "score", "sentences");
    Dataset<Row> topics =
        warehouse
            .read(Tables.ARTICLE_TOPICS)
            .select(
                col("article_id"),
                col("topic").as("frame"),
                col("present"),
                col("score"),
                col("sentences"));
    // bounded: at most one row per labelled page and question
    List<Row> collected =
        held.join(frames.unionByName(topics), "article_id")
            .filter(col("frame").isin(wanted))
            .select("file", "frame", "present", "score", "sentences")
            .collectAsList();
    List<ProductVerdicts.Row> out = new ArrayList<>();
    for (Row r : collected) {
      out.add(
          new ProductVerdicts.Row(
              r.getString(0), r.getString(1), r.getBoolean(2), r.getDouble(3), r.getInt(4)));
    }
    return out;
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

  private Stage trends() {
    try {
      FramePresenceModel model = presence.model();
      return new TrendsJob(
          TrendsJob.Options.builder(lexicon()).presence(model, presence.topic(model)).build());
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
