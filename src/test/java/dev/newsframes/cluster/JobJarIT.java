package dev.newsframes.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** What the spark-submit job jar holds, and that nothing in it clashes with Spark's own jars. */
class JobJarIT {

  @Test
  void holdsOurCodeAndLibrariesButNotSparkOrTheModels() throws IOException {
    Set<String> entries = entries(BuildOutputs.jobJar());
    try (JarFile jar = new JarFile(BuildOutputs.jobJar().toFile())) {
      Attributes manifest = jar.getManifest().getMainAttributes();
      assertThat(manifest.getValue("Main-Class"))
          .as("Main-Class")
          .isEqualTo("dev.newsframes.cli.Main");
      assertThat(manifest.getValue("Multi-Release")).as("Multi-Release").isEqualTo("true");
    }
    assertThat(entries)
        .as("classes and resources the commands need")
        .contains(
            "dev/newsframes/cli/Main.class",
            "newsframes-log4j2.properties",
            "picocli/CommandLine.class",
            "org/jsoup/Jsoup.class",
            "org/netpreserve/jwarc/WarcReader.class",
            "com/github/pemistahl/lingua/api/LanguageDetector.class",
            "language-models/en/trigrams.json",
            "kotlin/collections/CollectionsKt.class",
            "org/apache/commons/csv/CSVParser.class",
            "org/jfree/chart/JFreeChart.class",
            "edu/stanford/nlp/pipeline/StanfordCoreNLP.class",
            "edu/stanford/nlp/time/SUTime.class");
    List<String> forbidden =
        List.of(
            "org/apache/spark/",
            "org/apache/hadoop/",
            "org/apache/parquet/",
            "com/fasterxml/jackson/",
            "scala/",
            "org/slf4j/",
            "com/google/protobuf/",
            "edu/stanford/nlp/models/",
            "language-models/en/fivegrams.json");
    assertThat(entries)
        .as("entries Spark provides, or models shipped beside the jar")
        .noneMatch(e -> forbidden.stream().anyMatch(e::startsWith));
  }

  @Test
  void sharesNoClassWithSparksJars() throws IOException {
    Set<String> ours = new HashSet<>();
    for (String e : entries(BuildOutputs.jobJar())) {
      if (isClass(e)) {
        ours.add(e);
      }
    }
    Set<String> clashes = new TreeSet<>();
    for (Path sparkJar : BuildOutputs.sparkJars()) {
      for (String e : entries(sparkJar)) {
        if (isClass(e) && ours.contains(e)) {
          clashes.add(e + " (also in " + sparkJar.getFileName() + ")");
        }
      }
    }
    assertThat(ours).as("classes in the job jar").hasSizeGreaterThan(10_000);
    assertThat(clashes).as("classes both in the job jar and a Spark jar").isEmpty();
  }

  private static boolean isClass(String entry) {
    return entry.endsWith(".class")
        && !entry.startsWith("META-INF/")
        && !entry.endsWith("module-info.class");
  }

  private static Set<String> entries(Path jar) throws IOException {
    try (JarFile f = new JarFile(jar.toFile())) {
      Set<String> names = new HashSet<>();
      for (JarEntry e : Collections.list(f.entries())) {
        names.add(e.getName());
      }
      return names;
    }
  }
}
