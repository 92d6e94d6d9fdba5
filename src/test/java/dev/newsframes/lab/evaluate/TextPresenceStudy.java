package dev.newsframes.lab.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsframes.trends.Frame;
import dev.newsframes.trends.FrameLexicon;
import dev.newsframes.trends.TopicDefinition;
import dev.newsframes.trends.presence.ArticleFrameFeatures;
import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.DominantFrame;
import dev.newsframes.trends.presence.FrameModel;
import dev.newsframes.trends.presence.LemmaGrams;
import dev.newsframes.trends.presence.LogisticRegression;
import dev.newsframes.trends.presence.Presence;
import dev.newsframes.trends.presence.PresenceFitter;
import dev.newsframes.trends.presence.PresenceInputs;
import dev.newsframes.trends.presence.SentenceFrames;
import dev.newsframes.trends.presence.SparseLogistic;
import dev.newsframes.trends.presence.StratifiedFolds;
import dev.newsframes.trends.presence.ThresholdRule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lab study: lexicon presence models stacked with lemma n-gram text models (article-level bag of
 * grams; sentence-level model trained on the coders' quotes), nested CV on the dev labels.
 *
 * <p>Usage: {@code TextPresenceStudy WAREHOUSE LABELS.jsonl LEXICON.yaml TOPIC.yaml VARIANT...}; a
 * variant is words: {@code art} {@code sent} {@code nb} {@code lam=0.01} {@code seed=1} {@code
 * nolex}; over sentence vectors ({@link SentenceEmbeddings}, encoder {@code -Denc=minilm-l6-q},
 * cache {@code -Demb.cache=FILE}): {@code emb} (a sentence model on the quotes), {@code hitonly}
 * (scoring only the frame's hit sentences), {@code mentioned} (only sentences with an entity
 * mention), {@code embart} (the article's mean vector), {@code hardneg} (every hit sentence of a
 * negative article is a negative), {@code weakpos} (every hit sentence of a positive article is a
 * positive), {@code nohitreq} (present without a hit sentence), {@code elam=10} (their L2 penalty);
 * {@code -Demb.source=bge-small-q:plain:mean:m3,4,5,6} takes the entity-sentiment head's sentence
 * state instead of the encoder's last layer. The vectors' figures are in docs/frame-presence.md,
 * "Sentence embeddings": +4.5 points competitiveness F1 on average over four CV seeds, not kept.
 *
 * <p>Result (issue 16, time-boxed; 10-fold nested CV, seed 42, the 292 dev articles, mended
 * lexicon; the inner 5-fold out-of-fold text score is one more input of the presence model):
 *
 * <pre>
 *                          regulation  competitiveness  about_ai  dominant of two
 * lexicon features (lex)        0.846            0.651     0.950            0.770
 * + lemma 1-2-gram model (art)  0.857            0.641     0.939            0.781
 * </pre>
 *
 * The n-gram model does not beat the lexicon features for competitiveness (-0.010), so the product
 * keeps the lexicon-feature model; regulation and dominant move by about one article in a hundred,
 * within the spread across CV seeds (0.841-0.864). The sentence-level model on the coders' quotes
 * scored competitiveness 0.651 ({@code lex sent}) and 0.630 with Naive Bayes weights ({@code lex
 * sent nb}, 2026-12-04). {@code LemmaGrams} and {@code SparseLogistic} live in test scope with this
 * study.
 */
public final class TextPresenceStudy {
  static final String REG = "regulation";
  static final String COMP = "competitiveness";
  static final String TOPIC = "ai";
  static final int INNER = 5;

  record Doc(
      String file,
      String group,
      ArticleHits hits,
      List<List<String>> sentences,
      List<String> texts,
      Set<Integer> mentioned) {}

  public static void main(String[] args) throws Exception {
    Path labelsFile = Path.of(args[1]);
    FrameLexicon lexicon = FrameLexicon.load(Path.of(args[2]));
    TopicDefinition topic =
        TopicDefinition.fromYaml(
                Files.readString(Path.of(args[3]), StandardCharsets.UTF_8), args[3])
            .orElseThrow();
    List<CodebookLabel> labels =
        CodebookLabels.read(labelsFile).stream().filter(CodebookLabel::isArticle).toList();
    List<String> files = labels.stream().map(CodebookLabel::file).toList();
    Map<String, StoredArticles.Article> stored =
        StoredArticles.load(Path.of(args[0]), files, false);
    Map<String, Doc> docs = new LinkedHashMap<>();
    stored.forEach(
        (file, a) ->
            docs.put(
                file,
                new Doc(
                    file,
                    a.articleId(),
                    a.hits(lexicon.matcher(), Optional.of(topic.matcher())),
                    a.sentences().stream().map(StoredArticles.Sentence::lemmas).toList(),
                    a.sentences().stream().map(StoredArticles.Sentence::text).toList(),
                    mentioned(a))));
    Map<String, Map<String, Set<Integer>>> quotes = new HashMap<>();
    for (String suffix : List.of(".coder-a.jsonl", ".coder-b.jsonl")) {
      readQuotes(PresenceStudy.sibling(labelsFile, suffix), docs, quotes);
    }
    long quoted =
        quotes.values().stream()
            .mapToLong(m -> m.values().stream().mapToInt(Set::size).sum())
            .sum();
    System.out.printf(Locale.ROOT, "%d articles, %d quote sentences found%n", docs.size(), quoted);
    List<String> related = new ArrayList<>();
    lexicon.frames().stream()
        .map(Frame::id)
        .filter(f -> !f.equals(REG) && !f.equals(COMP))
        .forEach(f -> related.add(PresenceInputs.FRAME + f));
    related.add(PresenceInputs.FRAME + TOPIC);
    String enc = System.getProperty("enc", "minilm-l6-q");
    if (Arrays.stream(args).anyMatch(a -> a.contains("emb"))) {
      Map<String, List<String>> texts = new LinkedHashMap<>();
      docs.forEach((f, d) -> texts.put(f, d.texts()));
      vectors =
          SentenceEmbeddings.of(
              texts,
              dev.newsframes.sentiment.target.EncoderSpec.parse(enc),
              Path.of(System.getProperty("emb.cache", "target/emb-" + enc + ".bin")));
    }
    for (int v = 4; v < args.length; v++) {
      long t0 = System.nanoTime();
      Variant variant = Variant.parse(args[v], related);
      List<ArticleVerdict> verdicts = run(variant, labels, docs, quotes);
      FrameScores s = FrameScorer.score(labels, verdicts, PresenceStudy.QUESTIONS);
      System.out.printf(Locale.ROOT, "%n== %s (%.0f s)%n", args[v], (System.nanoTime() - t0) / 1e9);
      System.out.print(s.table());
    }
  }

  /** Which inputs per question. */
  record Variant(
      boolean lexicon,
      boolean article,
      boolean sentence,
      boolean nb,
      boolean emb,
      boolean embHitsOnly,
      boolean embArticle,
      boolean embHardNegatives,
      boolean embWeakPositives,
      boolean withoutHits,
      boolean embMentionedOnly,
      boolean embNearest,
      double embLambda,
      double textLambda,
      long seed,
      Map<String, List<String>> lexInputs,
      Map<String, Double> lexLambda,
      ThresholdRule rule) {
    static Variant parse(String v, List<String> related) {
      List<String> w = List.of(v.split(" "));
      double lam = 0.01;
      double elam = 10;
      long seed = 42;
      for (String x : w) {
        if (x.startsWith("elam=")) {
          elam = Double.parseDouble(x.substring(5));
        } else if (x.startsWith("lam=")) {
          lam = Double.parseDouble(x.substring(4));
        } else if (x.startsWith("seed=")) {
          seed = Long.parseLong(x.substring(5));
        }
      }
      List<String> counts = PresenceStudy.COUNTS;
      List<String> regInputs = new ArrayList<>(counts);
      regInputs.addAll(related);
      Map<String, List<String>> inputs = new HashMap<>();
      inputs.put(REG, w.contains("regcounts") ? counts : regInputs);
      inputs.put(COMP, counts);
      inputs.put(TOPIC, PresenceStudy.TOPIC_COUNTS);
      return new Variant(
          !w.contains("nolex"),
          w.contains("art"),
          w.contains("sent"),
          w.contains("nb"),
          w.contains("emb"),
          w.contains("hitonly"),
          w.contains("embart"),
          w.contains("hardneg"),
          w.contains("weakpos"),
          w.contains("nohitreq"),
          w.contains("mentioned"),
          w.contains("knn"),
          elam,
          lam,
          seed,
          inputs,
          Map.of(REG, w.contains("regcounts") ? 1.0 : 10.0, COMP, 1.0, TOPIC, 1.0),
          w.contains("maxf1") ? ThresholdRule.MAX_F1 : ThresholdRule.MATCH_SHARE);
    }
  }

  static final Map<String, String> QUESTION_FRAME = new LinkedHashMap<>();

  static {
    QUESTION_FRAME.put(REG, REG);
    QUESTION_FRAME.put(COMP, COMP);
    QUESTION_FRAME.put("about_ai", TOPIC);
  }

  static List<ArticleVerdict> run(
      Variant v,
      List<CodebookLabel> labels,
      Map<String, Doc> docs,
      Map<String, Map<String, Set<Integer>>> quotes) {
    List<CodebookLabel> arts = labels.stream().filter(l -> docs.containsKey(l.file())).toList();
    int[] folds = groupFolds(arts, docs, 10, v.seed());
    List<ArticleVerdict> out = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      List<CodebookLabel> train = new ArrayList<>();
      List<CodebookLabel> test = new ArrayList<>();
      for (int i = 0; i < arts.size(); i++) {
        (folds[i] == k ? test : train).add(arts.get(i));
      }
      Map<String, Map<String, Presence>> p = new HashMap<>();
      Map<String, Map<String, Double>> textScores = new HashMap<>();
      for (var e : QUESTION_FRAME.entrySet()) {
        String q = e.getKey();
        String frame = e.getValue();
        Optional<String> other =
            frame.equals(REG)
                ? Optional.of(COMP)
                : frame.equals(COMP) ? Optional.of(REG) : Optional.empty();
        List<CodebookLabel> tr = train.stream().filter(l -> l.answer(q).isPresent()).toList();
        List<double[]> trText = new ArrayList<>(tr.size());
        List<double[]> teText = new ArrayList<>(test.size());
        textInputs(v, q, frame, tr, test, docs, quotes, trText, teText);
        List<String> names = v.lexicon() ? v.lexInputs().get(frame) : List.of();
        List<PresenceFitter.Example> ex = new ArrayList<>();
        for (int i = 0; i < tr.size(); i++) {
          Doc d = docs.get(tr.get(i).file());
          ArticleFrameFeatures c =
              ArticleFrameFeatures.of(d.hits(), frame, other, Optional.of(TOPIC));
          ex.add(
              new PresenceFitter.Example(
                  d.file(),
                  concat(PresenceInputs.vector(names, d.hits(), c), trText.get(i)),
                  c.sentences() > 0 || v.withoutHits(),
                  tr.get(i).answer(q).get()));
        }
        PresenceFitter.Options o =
            new PresenceFitter.Options(v.lexLambda().get(frame), 10, v.seed(), v.rule());
        List<String> all = new ArrayList<>(names);
        for (int j = 0; j < trText.get(0).length; j++) {
          all.add(PresenceInputs.FRAME + "text" + j); // placeholder names
        }
        FrameModel m = PresenceFitter.fit(frame, other, all, ex, o);
        for (int i = 0; i < test.size(); i++) {
          Doc d = docs.get(test.get(i).file());
          ArticleFrameFeatures c =
              ArticleFrameFeatures.of(d.hits(), frame, other, Optional.of(TOPIC));
          double score =
              m.fit().probability(concat(PresenceInputs.vector(names, d.hits(), c), teText.get(i)));
          boolean present = (c.sentences() > 0 || v.withoutHits()) && score >= m.threshold();
          p.computeIfAbsent(d.file(), x -> new HashMap<>())
              .put(frame, new Presence(frame, present, score, Presence.Method.MODEL));
          textScores
              .computeIfAbsent(d.file(), x -> new HashMap<>())
              .put(frame, teText.get(i).length > 0 ? teText.get(i)[0] : 0);
        }
      }
      for (CodebookLabel l : test) {
        Doc d = docs.get(l.file());
        Map<String, Presence> pr = p.get(l.file());
        Map<String, Boolean> present = new HashMap<>();
        QUESTION_FRAME.forEach((q, f) -> present.put(q, pr.get(f).present()));
        String dom =
            DominantFrame.of(
                pr.get(REG),
                ArticleFrameFeatures.of(d.hits(), REG, Optional.of(COMP), Optional.of(TOPIC)),
                pr.get(COMP),
                ArticleFrameFeatures.of(d.hits(), COMP, Optional.of(REG), Optional.of(TOPIC)),
                DominantFrame.Rule.SCORE);
        out.add(new ArticleVerdict(l.file(), present, Optional.of(dom)));
      }
    }
    return out;
  }

  /** Text inputs (log-odds) for training articles (inner out-of-fold) and test articles. */
  static void textInputs(
      Variant v,
      String q,
      String frame,
      List<CodebookLabel> train,
      List<CodebookLabel> test,
      Map<String, Doc> docs,
      Map<String, Map<String, Set<Integer>>> quotes,
      List<double[]> trOut,
      List<double[]> teOut) {
    boolean quoted = !frame.equals(TOPIC);
    int width =
        (v.article() ? 1 : 0)
            + (v.sentence() ? 2 : 0)
            + (v.emb() && quoted ? 2 : 0)
            + (v.embArticle() ? 1 : 0);
    double[][] tr = new double[train.size()][width];
    double[][] te = new double[test.size()][width];
    boolean[] y = new boolean[train.size()];
    for (int i = 0; i < y.length; i++) {
      y[i] = train.get(i).answer(q).get();
    }
    int[] inner = StratifiedFolds.assign(y, INNER, v.seed() + 7);
    for (int k = -1; k < INNER; k++) {
      List<Integer> fitIdx = new ArrayList<>();
      List<Integer> predIdx = new ArrayList<>();
      for (int i = 0; i < y.length; i++) {
        if (k >= 0 && inner[i] == k) {
          predIdx.add(i);
        } else {
          fitIdx.add(i);
        }
      }
      List<Doc> fitDocs = fitIdx.stream().map(i -> docs.get(train.get(i).file())).toList();
      boolean[] fitY = new boolean[fitIdx.size()];
      for (int i = 0; i < fitY.length; i++) {
        fitY[i] = y[fitIdx.get(i)];
      }
      List<Doc> predDocs =
          k >= 0
              ? predIdx.stream().map(i -> docs.get(train.get(i).file())).toList()
              : test.stream().map(l -> docs.get(l.file())).toList();
      double[][] target = k >= 0 ? new double[predDocs.size()][] : te;
      int col = 0;
      double[][] pred = new double[predDocs.size()][width];
      if (v.article()) {
        if (v.nb()) {
          NbText m =
              NbText.fit(
                  fitDocs.stream().map(d -> LemmaGrams.ofSentences(d.sentences())).toList(), fitY);
          for (int i = 0; i < predDocs.size(); i++) {
            pred[i][col] = m.mean(LemmaGrams.ofSentences(predDocs.get(i).sentences()));
          }
        } else {
          ArticleText m = ArticleText.fit(fitDocs, fitY, v.textLambda());
          for (int i = 0; i < predDocs.size(); i++) {
            pred[i][col] = m.logOdds(predDocs.get(i));
          }
        }
        col++;
      }
      if (v.sentence()) {
        SentenceText m = SentenceText.fit(fitDocs, fitY, frame, quotes, v.textLambda(), v.nb());
        for (int i = 0; i < predDocs.size(); i++) {
          double[] s = m.summary(predDocs.get(i));
          pred[i][col] = s[0];
          pred[i][col + 1] = s[1];
        }
        col += 2;
      }
      if (v.emb() && quoted) {
        SentenceEmb m =
            SentenceEmb.fit(
                fitDocs,
                fitY,
                frame,
                quotes,
                v.embLambda(),
                v.embHardNegatives(),
                v.embWeakPositives(),
                v.embNearest());
        for (int i = 0; i < predDocs.size(); i++) {
          double[] s =
              v.embMentionedOnly()
                  ? m.summaryOf(predDocs.get(i), predDocs.get(i).mentioned().stream())
                  : m.summary(
                      predDocs.get(i), v.embHitsOnly() ? Optional.of(frame) : Optional.empty());
          pred[i][col] = s[0];
          pred[i][col + 1] = s[1];
        }
        col += 2;
      }
      if (v.embArticle()) {
        double[][] x = fitDocs.stream().map(TextPresenceStudy::meanVector).toArray(double[][]::new);
        var fit = LogisticRegression.fit(x, fitY, v.embLambda());
        for (int i = 0; i < predDocs.size(); i++) {
          pred[i][col] = fit.logOdds(meanVector(predDocs.get(i)));
        }
        col++;
      }
      if (k >= 0) {
        for (int i = 0; i < predIdx.size(); i++) {
          tr[predIdx.get(i)] = pred[i];
        }
      } else {
        for (int i = 0; i < pred.length; i++) {
          te[i] = pred[i];
        }
      }
    }
    trOut.addAll(Arrays.asList(tr));
    teOut.addAll(Arrays.asList(te));
  }

  /** A vocabulary of grams with at least {@code minDf} rows. */
  record Vocab(Map<String, Integer> index) {
    static Vocab of(List<Set<String>> rows, int minDf) {
      Map<String, Integer> df = new HashMap<>();
      rows.forEach(r -> r.forEach(g -> df.merge(g, 1, Integer::sum)));
      Map<String, Integer> index = new HashMap<>();
      df.entrySet().stream()
          .filter(e -> e.getValue() >= minDf)
          .map(Map.Entry::getKey)
          .sorted()
          .forEach(g -> index.put(g, index.size()));
      return new Vocab(index);
    }

    int[] row(Set<String> grams) {
      return grams.stream().filter(index::containsKey).mapToInt(index::get).toArray();
    }
  }

  record ArticleText(Vocab vocab, SparseLogistic.Fit fit) {
    static ArticleText fit(List<Doc> docs, boolean[] y, double lambda) {
      List<Set<String>> rows =
          docs.stream().map(d -> LemmaGrams.ofSentences(d.sentences())).toList();
      Vocab v = Vocab.of(rows, 3);
      return new ArticleText(
          v, SparseLogistic.fit(rows.stream().map(v::row).toList(), y, v.index().size(), lambda));
    }

    double logOdds(Doc d) {
      return fit.logOdds(vocab.row(LemmaGrams.ofSentences(d.sentences())));
    }
  }

  /**
   * Naive Bayes log-count ratios (binarised grams, add-one), as in NBSVM (Wang and Manning 2012).
   */
  record NbText(Map<String, Double> r) {
    static NbText fit(List<Set<String>> rows, boolean[] y) {
      Map<String, int[]> df = new HashMap<>();
      for (int i = 0; i < rows.size(); i++) {
        int c = y[i] ? 0 : 1;
        rows.get(i).forEach(g -> df.computeIfAbsent(g, x -> new int[2])[c]++);
      }
      double sp = 0;
      double sn = 0;
      for (int[] v : df.values()) {
        if (v[0] + v[1] >= 3) {
          sp += v[0] + 1;
          sn += v[1] + 1;
        }
      }
      Map<String, Double> r = new HashMap<>();
      for (var e : df.entrySet()) {
        int[] v = e.getValue();
        if (v[0] + v[1] >= 3) {
          r.put(e.getKey(), Math.log((v[0] + 1) / sp) - Math.log((v[1] + 1) / sn));
        }
      }
      return new NbText(r);
    }

    double sum(Set<String> grams) {
      double s = 0;
      for (String g : grams) {
        s += r.getOrDefault(g, 0.0);
      }
      return s;
    }

    double mean(Set<String> grams) {
      int n = 0;
      double s = 0;
      for (String g : grams) {
        Double x = r.get(g);
        if (x != null) {
          s += x;
          n++;
        }
      }
      return n == 0 ? 0 : s / n;
    }
  }

  record SentenceText(Vocab vocab, SparseLogistic.Fit fit, NbText nb) {
    double sentence(List<String> lemmas) {
      Set<String> g = LemmaGrams.of(lemmas);
      return nb != null ? nb.sum(g) : fit.logOdds(vocab.row(g));
    }

    static SentenceText fit(
        List<Doc> docs,
        boolean[] y,
        String frame,
        Map<String, Map<String, Set<Integer>>> quotes,
        double lambda,
        boolean nb) {
      List<Set<String>> rows = new ArrayList<>();
      List<Boolean> labels = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        Doc d = docs.get(i);
        Set<Integer> q = quotes.getOrDefault(d.file(), Map.of()).getOrDefault(frame, Set.of());
        if (y[i]) {
          q.forEach(
              s -> {
                rows.add(LemmaGrams.of(d.sentences().get(s)));
                labels.add(true);
              });
        } else {
          d.sentences()
              .forEach(
                  s -> {
                    rows.add(LemmaGrams.of(s));
                    labels.add(false);
                  });
        }
      }
      boolean[] yy = new boolean[labels.size()];
      for (int i = 0; i < yy.length; i++) {
        yy[i] = labels.get(i);
      }
      if (nb) {
        return new SentenceText(null, null, NbText.fit(rows, yy));
      }
      Vocab v = Vocab.of(rows, 3);
      return new SentenceText(
          v,
          SparseLogistic.fit(rows.stream().map(v::row).toList(), yy, v.index().size(), lambda),
          null);
    }

    /** Max sentence log-odds and the mean of the top 3. */
    double[] summary(Doc d) {
      double[] s = d.sentences().stream().mapToDouble(this::sentence).sorted().toArray();
      if (s.length == 0) {
        double none = nb != null ? 0 : fit.intercept();
        return new double[] {none, none};
      }
      return maxAndTop3(s);
    }
  }

  /** Sentence vectors per article file (the encoder's), set by main when a variant needs them. */
  static Map<String, float[][]> vectors = Map.of();

  /**
   * With {@code -Demb.lead=N}, {@code embart} reads only the title and the N sentences after it.
   */
  private static final int LEAD = Integer.getInteger("emb.lead", Integer.MAX_VALUE / 2);

  static double[] meanVector(Doc d) {
    float[][] all = vectors.get(d.file());
    float[][] v = Arrays.copyOf(all, Math.min(all.length, d.hits().titleSentences() + LEAD));
    double[] m = new double[v[0].length];
    for (float[] s : v) {
      for (int j = 0; j < m.length; j++) {
        m[j] += s[j] / v.length;
      }
    }
    return m;
  }

  /**
   * Dense logistic regression over sentence vectors: the coders' quote sentences of positive
   * articles against a stride sample of the sentences of negative articles.
   */
  record SentenceEmb(LogisticRegression.Fit fit, List<double[]> prototypes) {
    static final int NEGATIVES = 4000;
    static final boolean COUNT_INPUT = "count".equals(System.getProperty("emb.second"));

    static SentenceEmb fit(
        List<Doc> docs,
        boolean[] y,
        String frame,
        Map<String, Map<String, Set<Integer>>> quotes,
        double lambda,
        boolean hardNegatives,
        boolean weakPositives,
        boolean knn) {
      long negTotal = 0;
      for (int i = 0; i < docs.size(); i++) {
        negTotal += y[i] ? 0 : vectors.get(docs.get(i).file()).length;
      }
      int stride = (int) Math.max(1, negTotal / NEGATIVES);
      List<double[]> rows = new ArrayList<>();
      List<Boolean> labels = new ArrayList<>();
      int seen = 0;
      for (int i = 0; i < docs.size(); i++) {
        Doc d = docs.get(i);
        float[][] vec = vectors.get(d.file());
        Set<Integer> hit = new HashSet<>();
        d.hits().sentences().stream().filter(f -> f.hits(frame)).forEach(f -> hit.add(f.index()));
        if (y[i]) {
          Set<Integer> pos =
              new HashSet<>(quotes.getOrDefault(d.file(), Map.of()).getOrDefault(frame, Set.of()));
          if (weakPositives) {
            pos.addAll(hit);
          }
          for (int s : pos) {
            rows.add(SentenceEmbeddings.toDouble(vec[s]));
            labels.add(true);
          }
        } else {
          for (int s = 0; s < vec.length; s++) {
            if (seen++ % stride == 0 || (hardNegatives && hit.contains(s))) {
              rows.add(SentenceEmbeddings.toDouble(vec[s]));
              labels.add(false);
            }
          }
        }
      }
      boolean[] yy = new boolean[labels.size()];
      for (int i = 0; i < yy.length; i++) {
        yy[i] = labels.get(i);
      }
      if (knn) {
        List<double[]> positives = new ArrayList<>();
        for (int i = 0; i < yy.length; i++) {
          if (yy[i]) {
            positives.add(rows.get(i));
          }
        }
        return new SentenceEmb(null, positives);
      }
      return new SentenceEmb(
          LogisticRegression.fit(rows.toArray(double[][]::new), yy, lambda), List.of());
    }

    /** The sentence's log-odds, or with prototypes its largest cosine to a positive sentence. */
    double score(float[] v) {
      double[] x = SentenceEmbeddings.toDouble(v);
      if (prototypes.isEmpty()) {
        return fit.logOdds(x);
      }
      double best = -1;
      for (double[] p : prototypes) {
        double dot = 0;
        for (int j = 0; j < x.length; j++) {
          dot += x[j] * p[j];
        }
        best = Math.max(best, dot);
      }
      return best;
    }

    /**
     * Max sentence log-odds and the mean of the top 3, over every sentence or only those hitting
     * {@code hitsOf} (the model's intercept for an article without one).
     */
    double[] summary(Doc d, Optional<String> hitsOf) {
      return summaryOf(
          d,
          hitsOf.isEmpty()
              ? java.util.stream.IntStream.range(0, vectors.get(d.file()).length).boxed()
              : d.hits().sentences().stream()
                  .filter(f -> f.hits(hitsOf.get()))
                  .map(SentenceFrames::index));
    }

    /** The same over the sentences {@code indices}. */
    double[] summaryOf(Doc d, java.util.stream.Stream<Integer> indices) {
      float[][] vec = vectors.get(d.file());
      double[] s = indices.mapToDouble(i -> score(vec[i])).sorted().toArray();
      if (s.length == 0) {
        double none = prototypes.isEmpty() ? fit.intercept() : -1;
        return new double[] {none, COUNT_INPUT ? 0 : none};
      }
      double[] out = maxAndTop3(s);
      if (COUNT_INPUT) {
        // -Demb.second=count: how many sentences read like a quote (log-odds > 0), not the top 3
        out[1] = Math.log1p(Arrays.stream(s).filter(x -> x > 0).count());
      }
      return out;
    }
  }

  /** The largest of ascending, non-empty {@code sorted} and the mean of its three largest. */
  static double[] maxAndTop3(double[] sorted) {
    double top = 0;
    int n = Math.min(3, sorted.length);
    for (int i = 0; i < n; i++) {
      top += sorted[sorted.length - 1 - i];
    }
    return new double[] {sorted[sorted.length - 1], top / n};
  }

  /** The sentences with at least one stored entity mention (those annotate's encoder reads). */
  static Set<Integer> mentioned(StoredArticles.Article a) {
    Set<Integer> out = new HashSet<>();
    a.sentences().stream().filter(s -> !s.entities().isEmpty()).forEach(s -> out.add(s.index()));
    return out;
  }

  static double[] concat(double[] a, double[] b) {
    double[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  static int[] groupFolds(List<CodebookLabel> arts, Map<String, Doc> docs, int k, long seed) {
    Map<String, Integer> groupIndex = new LinkedHashMap<>();
    List<Integer> strata = new ArrayList<>();
    for (CodebookLabel l : arts) {
      String g = docs.get(l.file()).group();
      if (!groupIndex.containsKey(g)) {
        groupIndex.put(g, groupIndex.size());
        strata.add(code(l.answer(REG)) * 3 + code(l.answer(COMP)));
      }
    }
    int[] gf =
        StratifiedFolds.assign(strata.stream().mapToInt(Integer::intValue).toArray(), k, seed);
    int[] folds = new int[arts.size()];
    for (int i = 0; i < folds.length; i++) {
      folds[i] = gf[groupIndex.get(docs.get(arts.get(i).file()).group())];
    }
    return folds;
  }

  private static int code(Optional<Boolean> answer) {
    return answer.map(b -> b ? 1 : 0).orElse(2);
  }

  static String norm(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  static void readQuotes(
      Path file, Map<String, Doc> docs, Map<String, Map<String, Set<Integer>>> out)
      throws Exception {
    ObjectMapper json = new ObjectMapper();
    int missing = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      Doc d = docs.get(n.path("file").asText());
      if (d == null) {
        continue;
      }
      for (String frame : List.of(REG, COMP)) {
        JsonNode q = n.path(frame + "_quote");
        if (!q.isTextual() || q.asText().isBlank()) {
          continue;
        }
        String nq = norm(q.asText());
        Set<Integer> found = new HashSet<>();
        for (int i = 0; i < d.texts().size(); i++) {
          String ns = norm(d.texts().get(i));
          if (ns.length() >= 15 && (nq.contains(ns) || ns.contains(nq))) {
            found.add(i);
          }
        }
        if (found.isEmpty()) {
          missing++;
        }
        out.computeIfAbsent(d.file(), x -> new HashMap<>())
            .computeIfAbsent(frame, x -> new HashSet<>())
            .addAll(found);
      }
    }
    System.out.println(file.getFileName() + ": quotes not found in sentences: " + missing);
  }
}
