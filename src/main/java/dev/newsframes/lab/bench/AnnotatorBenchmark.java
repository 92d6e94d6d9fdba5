package dev.newsframes.lab.bench;

import dev.newsframes.nlp.AnnotatedDocument;
import dev.newsframes.nlp.AnnotationFailure;
import dev.newsframes.nlp.AnnotationResult;
import dev.newsframes.nlp.Annotator;
import dev.newsframes.nlp.TextCut;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Measures raw CoreNLP throughput: the same documents through one pipeline on N threads.
 *
 * <p>This is the "raw" side of the annotate benchmark; it calls {@code StanfordCoreNLP.annotate}
 * directly, without time limits or conversion, so it is the bar the Spark job is compared with.
 */
public final class AnnotatorBenchmark {
  /** Documents annotated once, untimed, before measuring, so the JIT has compiled the hot code. */
  static final int WARM_UP_DOCS = 2;

  /**
   * What one measurement saw.
   *
   * @param elapsed wall-clock time
   * @param cpu CPU time of the annotating threads (not of GC or JIT threads); on a shared machine
   *     rates per CPU second vary far less between runs than rates per wall-clock second
   */
  public record Throughput(
      String variant,
      int threads,
      int documents,
      long sentences,
      long tokens,
      Duration elapsed,
      Duration cpu) {
    public double sentencesPerSecond() {
      return sentences / seconds();
    }

    public double tokensPerSecond() {
      return tokens / seconds();
    }

    public double seconds() {
      return elapsed.toNanos() / 1e9;
    }

    public double sentencesPerCpuSecond() {
      return sentences / (cpu.toNanos() / 1e9);
    }

    public double tokensPerCpuSecond() {
      return tokens / (cpu.toNanos() / 1e9);
    }
  }

  private AnnotatorBenchmark() {}

  /**
   * The first {@code n} files of {@code dir} (by name, numerically where names are numbers) with
   * more than {@code skipChars} chars: each cut to the {@code maxChars} after the first {@code
   * skipChars} (page dumps open with menus), at word boundaries.
   */
  public static List<String> sampleDocuments(Path dir, int n, int skipChars, int maxChars) {
    List<String> docs = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted(byNumericName()).toList()) {
        if (docs.size() == n) {
          break;
        }
        String text = Files.readString(f, StandardCharsets.UTF_8);
        if (text.length() > skipChars + maxChars / 2) {
          int start = text.indexOf(' ', skipChars) + 1;
          docs.add(TextCut.atMost(text.substring(start), maxChars).strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Cannot read documents from " + dir + ": " + e.getMessage(), e);
    }
    return docs;
  }

  /** Annotates every document once on {@code threads} threads sharing {@code pipeline}. */
  public static Throughput measure(
      String variant, StanfordCoreNLP pipeline, List<String> docs, int threads)
      throws InterruptedException {
    return measure(
        variant,
        doc -> {
          Annotation a = new Annotation(doc);
          pipeline.annotate(a);
          return new long[] {
            a.get(CoreAnnotations.SentencesAnnotation.class).size(),
            a.get(CoreAnnotations.TokensAnnotation.class).size()
          };
        },
        docs,
        threads);
  }

  /**
   * Annotates every document once on {@code threads} threads sharing {@code annotator}: the
   * product's per-document work (CoreNLP, entity sentiment, canonical names) without Spark.
   */
  public static Throughput measure(
      String variant, Annotator annotator, List<String> docs, int threads)
      throws InterruptedException {
    AtomicInteger id = new AtomicInteger();
    return measure(
        variant,
        doc -> {
          AnnotationResult r = annotator.annotate("raw-" + id.getAndIncrement(), doc);
          if (!(r instanceof AnnotatedDocument d)) {
            throw new IllegalStateException(((AnnotationFailure) r).message());
          }
          return new long[] {d.sentences().size(), d.tokenCount()};
        },
        docs,
        threads);
  }

  /** Runs {@code work} (returning sentences and tokens) over every document, timed. */
  private static Throughput measure(
      String variant, Function<String, long[]> work, List<String> docs, int threads)
      throws InterruptedException {
    for (String doc : docs.subList(0, Math.min(WARM_UP_DOCS, docs.size()))) {
      work.apply(doc);
    }
    Counters counters = new Counters();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(() -> annotateUntilDone(work, docs, counters)));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("Benchmark " + variant + " failed: " + e.getCause(), e);
    } finally {
      pool.shutdownNow();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return new Throughput(
        variant,
        threads,
        docs.size(),
        counters.sentences.get(),
        counters.tokens.get(),
        elapsed,
        Duration.ofNanos(counters.cpuNanos.get()));
  }

  /** Shared by the worker threads of one measurement. */
  private static final class Counters {
    final AtomicInteger next = new AtomicInteger();
    final AtomicLong sentences = new AtomicLong();
    final AtomicLong tokens = new AtomicLong();
    final AtomicLong cpuNanos = new AtomicLong();
  }

  private static void annotateUntilDone(
      Function<String, long[]> work, List<String> docs, Counters counters) {
    ThreadMXBean clock = ManagementFactory.getThreadMXBean();
    long cpuStart = clock.getCurrentThreadCpuTime();
    for (int i = counters.next.getAndIncrement();
        i < docs.size();
        i = counters.next.getAndIncrement()) {
      long[] counts = work.apply(docs.get(i));
      counters.sentences.addAndGet(counts[0]);
      counters.tokens.addAndGet(counts[1]);
    }
    counters.cpuNanos.addAndGet(clock.getCurrentThreadCpuTime() - cpuStart);
  }

  private static Comparator<Path> byNumericName() {
    return Comparator.comparing(
            (Path p) -> {
              String name = p.getFileName().toString().replaceFirst("\\..*$", "");
              return name.matches("\\d{1,18}") ? Long.parseLong(name) : Long.MAX_VALUE;
            })
        .thenComparing(p -> p.getFileName().toString());
  }
}
