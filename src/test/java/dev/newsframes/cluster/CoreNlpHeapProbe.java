package dev.newsframes.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures the heap a CoreNLP pipeline (tokenize, ssplit, pos, lemma, ner, parse with the
 * shift-reduce model, sentiment) needs, to size executors: the heap the models retain after a full
 * GC, and the time and GC share of annotating real article bodies with one pipeline shared by
 * {@code threads} threads, as an executor's task threads share it. Run it at several {@code -Xmx}:
 * the smallest heap whose GC share stays low is the floor for {@code spark.executor.memory} minus
 * Spark's own reserve.
 *
 * <pre>
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/classpath.txt):$(cat target/classpath-provided.txt) \
 *   dev.newsframes.cluster.CoreNlpHeapProbe ../shared/corpora/extraction/zyte-dev/ground-truth.json 89 1
 * </pre>
 */
public final class CoreNlpHeapProbe {
  private CoreNlpHeapProbe() {}

  public static void main(String[] args) throws Exception {
    Path groundTruth = Path.of(args[0]);
    int limit = Integer.parseInt(args[1]);
    int threads = Integer.parseInt(args[2]);
    List<String> texts = new ArrayList<>();
    for (JsonNode n : new ObjectMapper().readTree(groundTruth.toFile())) {
      if (texts.size() < limit) {
        texts.add(n.get("articleBody").asText());
      }
    }
    long t0 = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(properties());
    double loadSecs = (System.nanoTime() - t0) / 1e9;
    long retained = usedAfterGc();
    report("pipeline built in %.1fs; heap retained after full GC: %d MB", loadSecs, retained >> 20);

    long gc0 = gcMillis();
    long t1 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Integer>> done = new ArrayList<>();
    for (String text : texts) {
      done.add(
          pool.submit(
              () -> {
                CoreDocument doc = new CoreDocument(text);
                pipeline.annotate(doc);
                return doc.sentences().size();
              }));
    }
    int sentences = 0;
    for (Future<Integer> f : done) {
      sentences += f.get();
    }
    pool.shutdown();
    double secs = (System.nanoTime() - t1) / 1e9;
    long gc = gcMillis() - gc0;
    report(
        "annotated %d documents (%d chars, %d sentences) with %d threads in %.1fs; GC %.1fs (%.0f%%);"
            + " max heap %d MB; retained after full GC now %d MB",
        texts.size(),
        texts.stream().mapToInt(String::length).sum(),
        sentences,
        threads,
        secs,
        gc / 1000.0,
        100.0 * gc / 1000.0 / secs,
        Runtime.getRuntime().maxMemory() >> 20,
        usedAfterGc() >> 20);
  }

  /** The annotators the annotate stage runs; sentiment needs binarized trees from the parser. */
  static Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,sentiment");
    p.setProperty("parse.model", "edu/stanford/nlp/models/srparser/englishSR.ser.gz");
    p.setProperty("parse.binaryTrees", "true");
    p.setProperty("parse.maxlen", "80");
    return p;
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }

  private static long gcMillis() {
    long sum = 0;
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      sum += Math.max(0, b.getCollectionTime());
    }
    return sum;
  }

  private static void report(String format, Object... args) {
    System.out.println("probe: " + String.format(Locale.ROOT, format, args));
  }
}
