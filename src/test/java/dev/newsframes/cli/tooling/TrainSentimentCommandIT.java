package dev.newsframes.cli.tooling;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsframes.nlp.AnnotatedDocument;
import dev.newsframes.nlp.AnnotatedSentence;
import dev.newsframes.nlp.DocumentAnnotator;
import dev.newsframes.nlp.NlpConfig;
import dev.newsframes.nlp.NlpConfigLoader;
import dev.newsframes.nlp.NlpPipelines;
import dev.newsframes.sentiment.SentimentLabel;
import dev.newsframes.sentiment.SentimentScore;
import dev.newsframes.testing.CommandRun;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * train-sentiment, evaluate sentiment --model and annotate with the classifier, with the real
 * CoreNLP models, on sentences written for these tests.
 */
class TrainSentimentCommandIT {
  private static final String NUMBER = "\\d+\\.\\d{4}";

  @TempDir static Path dir;
  private static Path model;
  private static List<String> trainOutput;

  private static CommandRun run(Object command, String... args) {
    return CommandRun.of(command, args);
  }

  @BeforeAll
  static void train() {
    model = dir.resolve("news.ser.gz");
    trainOutput = trainOnFixtures(model, "--folds", "3");
  }

  /** train-sentiment on the 60 fixture sentences; its output lines, after exit code 0. */
  private static List<String> trainOnFixtures(Path modelFile, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--input",
                "src/test/resources/sentiment/train.csv",
                "--format",
                "csv",
                "--model",
                modelFile.toString()));
    args.addAll(List.of(more));
    CommandRun r = run(new TrainSentimentCommand(), args.toArray(String[]::new));
    assertThat(r.exitCode()).as("exit code; output " + r.lines()).isZero();
    return r.lines();
  }

  @Test
  void limitTrainsOnThatManySentences() {
    // --limit was accepted and ignored: the lab options are shared by every tool
    List<String> lines =
        trainOnFixtures(dir.resolve("limited.ser.gz"), "--folds", "2", "--limit", "24");
    assertThat(lines.get(0)).startsWith("train-sentiment: 24 of 60 sentences of ");
  }

  @Test
  void trainingPrintsCrossValidatedScoresAndWritesTheModel() {
    assertThat(trainOutput).as("classes").contains("classes: negative 20, neutral 20, positive 20");
    assertThat(trainOutput)
        .as("cross-validation line")
        .anyMatch(
            l ->
                l.matches(
                    "cross-validated \\(3 folds, seed 42\\): accuracy "
                        + NUMBER
                        + " macro-f1 "
                        + NUMBER));
    assertThat(trainOutput.get(trainOutput.size() - 1))
        .as("last line")
        .startsWith("model " + model);
    assertThat(model).as("model file").isRegularFile();
  }

  @Test
  void evaluateWithTheTrainedModelSeparatesHeldOutFixtures() {
    CommandRun r =
        run(
            new EvaluateSentimentCommand(),
            "--input",
            "src/test/resources/sentiment/test.txt",
            "--format",
            "fpb",
            "--model",
            model.toString());
    assertThat(r.exitCode()).as("exit code; output " + r.lines()).isZero();
    assertThat(r.lines())
        .as("no parser")
        .anyMatch(l -> l.contains("model classifier news.ser.gz") && l.endsWith("parser none"));
    assertThat(r.last()).as("last line").matches("accuracy " + NUMBER + " macro-f1 " + NUMBER);
    double accuracy = Double.parseDouble(r.last().split(" ")[1]);
    assertThat(accuracy).as("accuracy on 12 clear fixture sentences").isGreaterThanOrEqualTo(0.75);
  }

  @Test
  void annotateWithTheClassifierScoresEverySentenceWithoutParsing() throws Exception {
    Path props = dir.resolve("annotate.properties");
    Files.writeString(
        props, "nlp.sentiment-model = classifier\nnlp.sentiment-model-path = news.ser.gz\n");
    NlpConfig config = NlpConfigLoader.load(Optional.of(props), Map.of());
    String text =
        "Kestrel Foods said operating profit rose to EUR 20 mn from EUR 12 mn. "
            + "Net sales fell by 15 % and the company will cut 300 jobs. "
            + "The company is headquartered in Espoo.";
    AnnotatedDocument d =
        (AnnotatedDocument) DocumentAnnotator.forConfig(config).annotate("a1", text);
    List<SentimentScore> scores =
        d.sentences().stream()
            .map(AnnotatedSentence::sentiment)
            .map(Optional::orElseThrow)
            .toList();
    assertThat(scores).as("every sentence scored").hasSize(3);
    assertThat(scores).extracting(SentimentScore::model).as("model").containsOnly("classifier");
    assertThat(scores.get(0).label()).as("profit rose").isEqualTo(SentimentLabel.POSITIVE);
    assertThat(scores.get(1).label()).as("sales fell, job cuts").isEqualTo(SentimentLabel.NEGATIVE);
    assertThat(d.sentiment()).as("document sentiment").isPresent();

    Annotation raw = new Annotation(text);
    NlpPipelines.get(config).annotate(raw);
    for (CoreMap s : raw.get(CoreAnnotations.SentencesAnnotation.class)) {
      assertThat(s.get(TreeCoreAnnotations.TreeAnnotation.class))
          .as("no parse tree: the parser did not run")
          .isNull();
    }
  }
}
