package dev.newsframes;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the layout, checked on the compiled main classes (ARCHITECTURE.md explains them). A
 * failure names the class and the dependency that breaks a rule.
 */
class ArchitectureTest {
  private static final String ROOT = "dev.newsframes";
  private static final List<String> STAGES = List.of("ingest", "nlp", "trends", "report");
  private static final Pattern SPARK_EDGE_NAME =
      Pattern.compile(".*(Job|Transforms|Rows|Collector)$");

  private static final Pattern INLINE_FQN =
      Pattern.compile(
          "(?<![\\w.])(?:java|javax|org|com|dev|edu|picocli)\\.(?:[a-z_]\\w*\\.)+[A-Za-z]\\w*");

  private static JavaClasses main;

  @BeforeAll
  static void importMainClasses() {
    main =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void sparkOnlyInJobsTransformsRowsCollectorsAndTheEngineEdges() {
    DescribedPredicate<JavaClass> edge =
        DescribedPredicate.describe(
            "a *Job, *Transforms, *Rows or *Collector, or in io, runtime or cli",
            c ->
                SPARK_EDGE_NAME.matcher(topLevel(c).getSimpleName()).matches()
                    || c.getPackageName().startsWith(ROOT + ".io")
                    || c.getPackageName().startsWith(ROOT + ".runtime")
                    || c.getPackageName().startsWith(ROOT + ".cli"));
    ArchRule rule =
        noClasses()
            .that(DescribedPredicate.not(edge))
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.spark..")
            .because("the pure core is tested without a SparkSession (STYLE.md)");
    rule.check(main);
  }

  @Test
  void stagesDoNotImportEachOther() {
    for (String stage : STAGES) {
      String[] others =
          STAGES.stream()
              .filter(s -> !s.equals(stage))
              .map(s -> ROOT + "." + s + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage(ROOT + "." + stage + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .because("stages talk only through warehouse tables")
          .check(main);
    }
  }

  @Test
  void stagesDoNotImportTheLabOrTheCommands() {
    for (String stage : STAGES) {
      noClasses()
          .that()
          .resideInAPackage(ROOT + "." + stage + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(ROOT + ".lab..", ROOT + ".cli..")
          .because(
              "the lab measures the stages and the commands run them; neither is a stage's input")
          .check(main);
    }
  }

  @Test
  void sharedPackagesImportNoStage() {
    noClasses()
        .that()
        .resideInAnyPackage(
            ROOT + ".common..", ROOT + ".io..", ROOT + ".runtime..", ROOT + ".sentiment..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            ROOT + ".ingest..",
            ROOT + ".nlp..",
            ROOT + ".trends..",
            ROOT + ".report..",
            ROOT + ".lab..",
            ROOT + ".cli..")
        .because("shared value types and table I/O sit below every stage")
        .check(main);
  }

  @Test
  void modelsImportNoOrchestration() {
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".ingest.model..")
        .should()
        .dependOnClassesThat(outside(".common", ".ingest.model"))
        .because("every ingest reader imports the model, so the model imports none of them")
        .check(main);
    noClasses()
        .that()
        .resideInAPackage(ROOT + ".common..")
        .should()
        .dependOnClassesThat(outside(".common"))
        .check(main);
  }

  /** Classes of newsframes outside the given sub-packages of the root. */
  private static DescribedPredicate<JavaClass> outside(String... packages) {
    return DescribedPredicate.describe(
        "newsframes classes outside " + String.join(", ", packages),
        c ->
            c.getPackageName().startsWith(ROOT)
                && Arrays.stream(packages).noneMatch(p -> c.getPackageName().startsWith(ROOT + p)));
  }

  @Test
  void onlyTheCommandLineExits() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT + ".cli..")
        .should()
        .callMethod(System.class, "exit", int.class)
        .orShould()
        .callMethod(Runtime.class, "halt", int.class)
        .because("a job returns a Result; the command decides the exit code")
        .check(main);
  }

  @Test
  void noPackageCycles() {
    // cli.Main is the composition root: it registers every command, tooling ones included
    slices()
        .matching(ROOT + ".(**)")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            DescribedPredicate.describe(
                "cli.Main", c -> c.getName().startsWith(ROOT + ".cli.Main")),
            DescribedPredicate.alwaysTrue())
        .check(main);
  }

  @Test
  void formatsNameTheirLocale() {
    noClasses()
        .should()
        .callMethod(String.class, "format", String.class, Object[].class)
        .orShould()
        .callMethod(String.class, "formatted", Object[].class)
        .orShould()
        .callMethod(PrintStream.class, "printf", String.class, Object[].class)
        .orShould()
        .callMethod(PrintStream.class, "format", String.class, Object[].class)
        .orShould()
        .callMethod(PrintWriter.class, "printf", String.class, Object[].class)
        .because("the default locale prints 1,5s on a German JVM; pass Locale.ROOT")
        .check(main);
  }

  @Test
  void noInlineFullyQualifiedNames() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          String code = codeOf(lines.get(i));
          if (INLINE_FQN.matcher(code).find() && !lines.get(i).contains("// fqn:")) {
            found.add(f + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertThat(found)
        .as(
            "inline fully-qualified names (import the class; where two classes share a name, say"
                + " why with a '// fqn:' comment)")
        .isEmpty();
  }

  /** A line without its comments and string literals, or empty for import and comment lines. */
  private static String codeOf(String line) {
    String s = line.strip();
    if (s.startsWith("import ")
        || s.startsWith("package ")
        || s.startsWith("*")
        || s.startsWith("/*")
        || s.startsWith("//")) {
      return "";
    }
    String noStrings = s.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
    int comment = noStrings.indexOf("//");
    return comment >= 0 ? noStrings.substring(0, comment) : noStrings;
  }

  private static JavaClass topLevel(JavaClass c) {
    JavaClass t = c;
    while (t.getEnclosingClass().isPresent()) {
      t = t.getEnclosingClass().get();
    }
    return t;
  }
}
