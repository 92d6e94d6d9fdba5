package dev.newsframes.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code scripts/submit.sh} builds the spark-submit command (its dry run; no Spark). */
class SubmitScriptTest {
  @TempDir Path tmp;

  @Test
  void sparkOptionsGoBeforeTheJarAndTheCommandAfterIt() throws Exception {
    Result r =
        dryRun(
            Map.of(),
            "--master",
            "spark://cluster:7077",
            "--conf",
            "spark.x=1",
            "--verbose",
            "ingest",
            "--input",
            "in dir",
            "--warehouse",
            "wh");
    assertThat(r.exit()).as("exit code\n%s", r.output()).isZero();
    String cmd = r.output();
    int jar = cmd.indexOf(jobJar().toString());
    assertThat(cmd.indexOf("--master spark://cluster:7077"))
        .as("--master before the jar\n%s", cmd)
        .isBetween(0, jar);
    assertThat(cmd.indexOf("--conf spark.x=1")).as("--conf before the jar").isBetween(0, jar);
    assertThat(cmd.indexOf("--verbose")).as("--verbose before the jar").isBetween(0, jar);
    assertThat(cmd.substring(jar))
        .as("after the jar")
        .contains("ingest --input in\\ dir --warehouse wh");
    assertThat(cmd).as("ingest needs no models").doesNotContain("models");
    assertThat(cmd).as("main class").contains("--class dev.newsframes.cli.Main");
  }

  @Test
  void jobConfLinesBecomeConfOptionsAheadOfTheUsersOwn() throws Exception {
    Path conf = tmp.resolve("job.conf");
    Files.writeString(
        conf,
        "# comment\nspark.executor.memory   3g\n\nspark.a.b=c d\n  spark.e  f  \n",
        StandardCharsets.UTF_8);
    Result r =
        dryRun(
            Map.of("NEWSFRAMES_JOB_CONF", conf.toString()),
            "--conf",
            "spark.executor.memory=5g",
            "ingest");
    String cmd = r.output();
    assertThat(cmd)
        .as("properties as --conf options")
        .contains("--conf spark.executor.memory=3g")
        .contains("--conf spark.a.b=c\\ d")
        .contains("--conf spark.e=f");
    assertThat(cmd.indexOf("spark.executor.memory=3g"))
        .as("the file's value comes first, so the command line's wins")
        .isLessThan(cmd.indexOf("spark.executor.memory=5g"));
  }

  @Test
  void modelsAndUserJarsShareOneJarsOption() throws Exception {
    Path models = Files.createDirectories(tmp.resolve("models"));
    Files.writeString(models.resolve("m1.jar"), "", StandardCharsets.UTF_8);
    Files.writeString(models.resolve("m2.jar"), "", StandardCharsets.UTF_8);
    Result r =
        dryRun(Map.of("NEWSFRAMES_MODELS", "local:" + models), "--jars", "extra.jar", "annotate");
    assertThat(r.output())
        .as("one --jars with the models (local:) and the user's jar")
        .contains("--jars local:" + models + "/m1.jar\\,local:" + models + "/m2.jar\\,extra.jar");
  }

  @Test
  void localMastersKeepTheDriverOnLoopback() throws Exception {
    assertThat(dryRun(Map.of(), "--master", "spark://127.0.0.1:7077", "ingest").output())
        .as("standalone master on 127.0.0.1")
        .startsWith("SPARK_LOCAL_IP=127.0.0.1 ");
    assertThat(dryRun(Map.of(), "--master", "spark://cluster:7077", "ingest").output())
        .as("remote master")
        .doesNotContain("SPARK_LOCAL_IP");
  }

  @Test
  void missingCommandOrOptionValueIsAUsageError() throws Exception {
    assertThat(dryRun(Map.of(), "--master", "spark://cluster:7077").exit())
        .as("no command")
        .isEqualTo(2);
    assertThat(dryRun(Map.of(), "--master").exit()).as("--master without a value").isEqualTo(2);
    assertThat(dryRun(Map.of(), "--class", "x.Y", "ingest").exit()).as("--class").isEqualTo(2);
  }

  private record Result(int exit, String output) {}

  private Result dryRun(Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add("bash");
    cmd.add(BuildOutputs.root().resolve("scripts/submit.sh").toString());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().remove("SPARK_LOCAL_IP");
    pb.environment().remove("SPARK_SUBMIT_OPTS");
    pb.environment().put("NEWSFRAMES_DRY_RUN", "1");
    pb.environment().put("NEWSFRAMES_JOB_JAR", jobJar().toString());
    pb.environment().put("NEWSFRAMES_MODELS", "none");
    pb.environment().put("NEWSFRAMES_JOB_CONF", "none");
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.waitFor(), out.strip());
  }

  private Path jobJar() throws IOException {
    Path jar = tmp.resolve("newsframes-job.jar");
    if (!Files.exists(jar)) {
      Files.writeString(jar, "", StandardCharsets.UTF_8);
    }
    return jar;
  }
}
