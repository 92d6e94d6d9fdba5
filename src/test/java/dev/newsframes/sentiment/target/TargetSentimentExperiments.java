package dev.newsframes.sentiment.target;

import dev.newsframes.testing.Corpora;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The model search behind docs/entity-sentiment.md (not a test): encodes NewsMTSC once per encoder
 * and marking into a feature cache of every pooled part, then cross-validates heads.
 *
 * <pre>
 * encode ENCODER MARKING           cache train, dev-rw, dev-mt features
 * cv ENCODER:MARKING[+..] PARTS HIDDEN EPOCHS WD [DROPOUT]   5-fold CV on train
 * dev ENCODER:MARKING[+..] PARTS HIDDEN EPOCHS WD [DROPOUT]  train on all train, score dev
 * </pre>
 */
public final class TargetSentimentExperiments {
  static final Path DATA = Corpora.root().resolve("nlp/newsmtsc");
  static final Path CACHE =
      Path.of(
          System.getProperty(
              "cache", System.getProperty("java.io.tmpdir") + "/newsframes-entsent"));
  static final List<TargetPooling.Part> ALL = List.of(TargetPooling.Part.values());

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "encode" -> encode(EncoderSpec.parse(args[1]), TargetMarker.Marking.parse(args[2]));
      case "cv" -> cv(args, false);
      case "dev" -> cv(args, true);
      case "bench" -> bench(FeatureSource.parse(args[1]), Integer.parseInt(args[2]));
      case "memory" -> memory();
      case "corenlp" ->
          corenlpRatio(Arrays.stream(args).skip(1).map(FeatureSource::parse).toList());
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  static void encode(EncoderSpec spec, TargetMarker.Marking marking) throws Exception {
    TargetMarker marker = new TargetMarker(marking);
    List<Integer> layers = new ArrayList<>();
    for (int l = 0; l < spec.layers(); l++) {
      layers.add(l);
    }
    try (OnnxEncoder enc = spec.open(layers, 128, 32, 1)) {
      for (String ds : List.of("train", "dev-rw", "dev-mt")) {
        List<LabelledTarget> data = NewsMtscReader.read(DATA.resolve(ds + ".jsonl"));
        long t0 = System.nanoTime();
        long cpu0 = cpu();
        List<DataOutputStream> outs = new ArrayList<>();
        for (int l : layers) {
          Path out =
              CACHE.resolve("feat-" + spec.id() + "-" + marking + "-L" + l + "-" + ds + ".bin");
          outs.add(new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(out))));
          outs.get(l).writeInt(data.size());
        }
        for (int start = 0; start < data.size(); start += 512) {
          List<TargetMarker.Marked> batch = new ArrayList<>();
          for (LabelledTarget t : data.subList(start, Math.min(data.size(), start + 512))) {
            batch.add(marker.mark(t.input()));
          }
          for (TokenStates s : enc.encode(batch)) {
            float[] f = TargetPooling.features(s, ALL);
            int w = f.length / ALL.size() / layers.size();
            for (int l : layers) {
              DataOutputStream o = outs.get(l);
              o.writeInt(w * ALL.size());
              for (int p = 0; p < ALL.size(); p++) {
                for (int j = 0; j < w; j++) {
                  o.writeFloat(f[p * w * layers.size() + l * w + j]);
                }
              }
            }
          }
        }
        for (DataOutputStream o : outs) {
          o.close();
        }
        double ms = (System.nanoTime() - t0) / 1e6 / data.size();
        double cpuMs = (cpu() - cpu0) / 1e6 / data.size();
        System.out.printf(
            Locale.ROOT,
            "%s %s %s: %d targets, %.2f ms/target wall, %.2f ms cpu%n",
            spec.id(),
            marking,
            ds,
            data.size(),
            ms,
            cpuMs);
      }
    }
  }

  /** Thread CPU ms per target of marking + encoding + pooling, dev-rw and dev-mt, 3 rounds. */
  static void bench(FeatureSource source, int batch) throws Exception {
    List<TargetInput> inputs = new ArrayList<>();
    for (String ds : List.of("dev-rw", "dev-mt")) {
      NewsMtscReader.read(DATA.resolve(ds + ".jsonl")).forEach(t -> inputs.add(t.input()));
    }
    var bean = java.lang.management.ManagementFactory.getThreadMXBean();
    try (OnnxEncoder enc = source.encoder().open(source.layers(), 128, batch, 1)) {
      for (int round = 0; round < 4; round++) {
        long c0 = bean.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        for (int start = 0; start < inputs.size(); start += 64) {
          TargetMarker marker = new TargetMarker(source.marking());
          List<TargetMarker.Marked> m =
              inputs.subList(start, Math.min(inputs.size(), start + 64)).stream()
                  .map(marker::mark)
                  .toList();
          for (TokenStates t : enc.encode(m)) {
            TargetPooling.features(t, source.parts());
          }
        }
        System.out.printf(
            Locale.ROOT,
            "bench %s batch %d round %d: %.2f ms cpu/target (thread), %.2f ms wall/target%n",
            source,
            batch,
            round,
            (bean.getCurrentThreadCpuTime() - c0) / 1e6 / inputs.size(),
            (System.nanoTime() - w0) / 1e6 / inputs.size());
      }
    }
  }

  /** Heap and resident memory before and after loading the default model and scoring dev. */
  static void memory() throws Exception {
    List<TargetInput> inputs = new ArrayList<>();
    for (String ds : List.of("dev-rw", "dev-mt")) {
      NewsMtscReader.read(DATA.resolve(ds + ".jsonl")).forEach(t -> inputs.add(t.input()));
    }
    printMemory("before loading");
    TargetSentimentModel model = TargetSentimentModel.shared();
    printMemory("model loaded");
    var bean = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 3; round++) {
      long c0 = bean.getCurrentThreadCpuTime();
      for (int start = 0; start < inputs.size(); start += 64) {
        model.predict(inputs.subList(start, Math.min(inputs.size(), start + 64)));
      }
      System.out.printf(
          Locale.ROOT,
          "predict round %d: %.2f ms cpu/target%n",
          round,
          (bean.getCurrentThreadCpuTime() - c0) / 1e6 / inputs.size());
    }
    printMemory("after scoring " + inputs.size() + " targets x3");
  }

  static void printMemory(String when) throws IOException {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    String rss =
        Files.readAllLines(Path.of("/proc/self/status")).stream()
            .filter(l -> l.startsWith("VmRSS"))
            .findFirst()
            .orElse("?");
    System.out.printf(
        Locale.ROOT,
        "%s: heap used %.1f MB, %s%n",
        when,
        (rt.totalMemory() - rt.freeMemory()) / 1e6,
        rss.replaceAll("\\s+", " "));
  }

  /**
   * Thread CPU per sentence of the default CoreNLP pipeline (jobs/annotate.properties) on the dev
   * sentences, then of each feature source's encoder over the mentions CoreNLP found in them.
   */
  static void corenlpRatio(List<FeatureSource> sources) throws Exception {
    List<String> sentences = new ArrayList<>();
    for (String ds : List.of("dev-rw", "dev-mt")) {
      NewsMtscReader.read(DATA.resolve(ds + ".jsonl")).stream()
          .map(t -> t.input().sentence())
          .distinct()
          .forEach(sentences::add);
    }
    java.util.Properties props = new java.util.Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,parse,sentiment");
    props.setProperty("parse.model", "edu/stanford/nlp/models/srparser/englishSR.ser.gz");
    props.setProperty("parse.maxlen", "80");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.buildEntityMentions", "true");
    props.setProperty("ssplit.isOneSentence", "true");
    var pipeline = new edu.stanford.nlp.pipeline.StanfordCoreNLP(props);
    java.util.Set<String> kept =
        java.util.Set.of(
            "PERSON",
            "ORGANIZATION",
            "LOCATION",
            "MISC",
            "COUNTRY",
            "CITY",
            "STATE_OR_PROVINCE",
            "NATIONALITY",
            "RELIGION",
            "IDEOLOGY");
    var bean = java.lang.management.ManagementFactory.getThreadMXBean();
    List<TargetInput> mentions = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      mentions.clear();
      long c0 = bean.getCurrentThreadCpuTime();
      for (String s : sentences) {
        var doc = new edu.stanford.nlp.pipeline.Annotation(s);
        pipeline.annotate(doc);
        var ms = doc.get(edu.stanford.nlp.ling.CoreAnnotations.MentionsAnnotation.class);
        for (var m : ms == null ? List.<edu.stanford.nlp.util.CoreMap>of() : ms) {
          if (kept.contains(
              m.get(edu.stanford.nlp.ling.CoreAnnotations.NamedEntityTagAnnotation.class))) {
            mentions.add(
                new TargetInput(
                    s,
                    m.get(
                        edu.stanford.nlp.ling.CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    m.get(
                        edu.stanford.nlp.ling.CoreAnnotations.CharacterOffsetEndAnnotation.class)));
          }
        }
      }
      System.out.printf(
          Locale.ROOT,
          "corenlp round %d: %d sentences, %d mentions, %.2f ms cpu/sentence%n",
          round,
          sentences.size(),
          mentions.size(),
          (bean.getCurrentThreadCpuTime() - c0) / 1e6 / sentences.size());
    }
    for (FeatureSource source : sources) {
      OnnxEncoder enc = SharedEncoders.of(source, 128);
      TargetMarker marker = new TargetMarker(source.marking());
      for (int round = 0; round < 3; round++) {
        long c0 = bean.getCurrentThreadCpuTime();
        for (int start = 0; start < mentions.size(); start += 64) {
          for (TokenStates t :
              enc.encode(
                  mentions.subList(start, Math.min(mentions.size(), start + 64)).stream()
                      .map(marker::mark)
                      .toList())) {
            source.features(t);
          }
        }
        double total = (bean.getCurrentThreadCpuTime() - c0) / 1e6;
        System.out.printf(
            Locale.ROOT,
            "%s round %d: %.2f ms cpu/mention, %.2f ms cpu/sentence%n",
            source,
            round,
            total / mentions.size(),
            total / sentences.size());
      }
    }
  }

  static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Configs {@code enc:marking[:layers]} joined by {@code +}; layers {@code 4,5} concatenate. */
  static float[][] load(String configs, String ds, List<TargetPooling.Part> parts)
      throws IOException {
    float[][] out = null;
    for (String config : configs.split("\\+")) {
      String[] ec = config.split(":");
      EncoderSpec spec = EncoderSpec.parse(ec[0]);
      String layers = ec.length > 2 ? ec[2] : String.valueOf(spec.layers() - 1);
      boolean mean = layers.startsWith("m");
      float[][] acc = null;
      String[] ls = layers.replace("m", "").split(",");
      for (String l : ls) {
        Path f =
            CACHE.resolve(
                "feat-"
                    + spec.id()
                    + "-"
                    + TargetMarker.Marking.parse(ec[1])
                    + "-L"
                    + l
                    + "-"
                    + ds
                    + ".bin");
        float[][] x = select(read(f), parts);
        if (acc == null) {
          acc = x;
        } else if (mean) {
          for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < x[i].length; j++) {
              acc[i][j] += x[i][j];
            }
          }
        } else {
          acc = concat(acc, x);
        }
      }
      out = out == null ? acc : concat(out, acc);
    }
    return out;
  }

  static float[][] read(Path f) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 20))) {
      int n = in.readInt();
      float[][] x = new float[n][];
      for (int i = 0; i < n; i++) {
        x[i] = new float[in.readInt()];
        for (int j = 0; j < x[i].length; j++) {
          x[i][j] = in.readFloat();
        }
      }
      return x;
    }
  }

  static float[][] select(float[][] all, List<TargetPooling.Part> parts) {
    int w = all[0].length / ALL.size();
    float[][] out = new float[all.length][w * parts.size()];
    for (int i = 0; i < all.length; i++) {
      for (int p = 0; p < parts.size(); p++) {
        System.arraycopy(all[i], parts.get(p).ordinal() * w, out[i], p * w, w);
      }
    }
    return out;
  }

  static float[][] concat(float[][] a, float[][] b) {
    float[][] out = new float[a.length][];
    for (int i = 0; i < a.length; i++) {
      out[i] = Arrays.copyOf(a[i], a[i].length + b[i].length);
      System.arraycopy(b[i], 0, out[i], a[i].length, b[i].length);
    }
    return out;
  }

  static int[] labels(List<LabelledTarget> data) {
    return data.stream().mapToInt(t -> t.gold().ordinal()).toArray();
  }

  static void cv(String[] a, boolean dev) throws IOException {
    List<TargetPooling.Part> parts = TargetPooling.Part.parseList(a[2]);
    HeadSettings s =
        HeadSettings.logistic()
            .withHidden(Integer.parseInt(a[3]))
            .withEpochs(Integer.parseInt(a[4]))
            .withWeightDecay(Double.parseDouble(a[5]))
            .withDropout(a.length > 6 ? Double.parseDouble(a[6]) : 0.0)
            .withLearningRate(a.length > 7 ? Double.parseDouble(a[7]) : 1e-3);
    List<LabelledTarget> train = NewsMtscReader.read(DATA.resolve("train.jsonl"));
    float[][] x = load(a[1], "train", parts);
    int[] y = labels(train);
    String tag = String.join(" ", Arrays.copyOfRange(a, 1, a.length));
    if (!dev) {
      int[] fold = TargetCrossValidation.folds(train, 5, 42);
      double[][] p = TargetCrossValidation.outOfFold(x, y, fold, 5, s);
      TargetScores sc =
          TargetScores.of(
              train.stream().map(LabelledTarget::gold).toList(), TargetCrossValidation.argmax(p));
      System.out.println("CV5 " + tag + " | " + sc.summary());
      return;
    }
    SoftmaxHead head = HeadTrainer.train(x, y, s);
    for (String ds : List.of("dev-rw", "dev-mt")) {
      List<LabelledTarget> d = NewsMtscReader.read(DATA.resolve(ds + ".jsonl"));
      float[][] dx = load(a[1], ds, parts);
      List<TargetLabel> pred = new ArrayList<>();
      for (float[] row : dx) {
        pred.add(TargetPolarity.of(head.probabilities(row)).label());
      }
      TargetScores sc = TargetScores.of(d.stream().map(LabelledTarget::gold).toList(), pred);
      System.out.println("DEV " + ds + " " + tag + " | " + sc.summary());
    }
  }
}
