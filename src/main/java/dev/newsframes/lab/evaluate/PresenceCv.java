package dev.newsframes.lab.evaluate;

import dev.newsframes.common.Concurrently;
import dev.newsframes.trends.presence.ArticleFrameFeatures;
import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.DominantFrame;
import dev.newsframes.trends.presence.FallbackRule;
import dev.newsframes.trends.presence.FrameModel;
import dev.newsframes.trends.presence.FramePresenceModel;
import dev.newsframes.trends.presence.Presence;
import dev.newsframes.trends.presence.PresenceFitter;
import dev.newsframes.trends.presence.PresenceInputs;
import dev.newsframes.trends.presence.QuotedArticle;
import dev.newsframes.trends.presence.SentenceClassifier;
import dev.newsframes.trends.presence.SentenceClassifierFitter;
import dev.newsframes.trends.presence.StratifiedFolds;
import dev.newsframes.trends.presence.ThresholdRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Fits a whole presence model (several frames and a topic) on codebook labels, and measures it by
 * nested k-fold cross-validation: what {@code train-frames} prints and writes.
 *
 * <p>Folds are stratified on the pair of balance-frame labels (null as its own value), so each fold
 * holds every kind of article; copies of one story share a fold. Inside a fold each modelled frame
 * is fitted on the training articles with an agreed answer ({@link PresenceFitter#fit}, threshold
 * by inner CV) and all test articles are predicted, which gives every article a verdict for every
 * question from a model that never saw it.
 */
public final class PresenceCv {
  private PresenceCv() {}

  /**
   * A frame to fit.
   *
   * @param frame its lexicon (or topic) id
   * @param question the label key answering it
   * @param other the frame whose sentences feed {@code log_other_sentences}, if any
   * @param features its input names ({@code PresenceInputs})
   * @param termMinArticles minimum training articles a lexicon term needs to become a {@code term:}
   *     input (0: no term inputs)
   * @param lambda its L2 penalty
   * @param sentences whether the model also reads a {@link SentenceClassifier} fitted on the
   *     coders' quotes (its two inputs computed out of fold; the setup must carry the quoted
   *     articles)
   */
  public record Spec(
      String frame,
      String question,
      Optional<String> other,
      List<String> features,
      int termMinArticles,
      double lambda,
      boolean sentences) {
    public Spec {
      features = List.copyOf(features);
    }

    /** A spec over lexicon inputs only. */
    public Spec(
        String frame,
        String question,
        Optional<String> other,
        List<String> features,
        int termMinArticles,
        double lambda) {
      this(frame, question, other, features, termMinArticles, lambda, false);
    }
  }

  /** Inner folds that give the training articles their out-of-fold sentence inputs. */
  public static final int SENTENCE_FOLDS = 5;

  /**
   * One configuration.
   *
   * @param questions label key to the frame (or topic) id answering it, in print order
   * @param fitted the frames that get a model; every other frame falls back to {@code fallback}
   * @param first the first frame of the dominant question's pair (and of the fold strata)
   * @param second the second one
   * @param stateSource the state source of the sentence classifiers, when a spec reads one
   * @param quoted the labelled articles' sentence states and quotes, by file, for those specs
   */
  public record Setup(
      Map<String, String> questions,
      List<Spec> fitted,
      int folds,
      long seed,
      ThresholdRule thresholdRule,
      FallbackRule fallback,
      Optional<String> topic,
      DominantFrame.Rule dominance,
      String first,
      String second,
      Optional<String> stateSource,
      Map<String, QuotedArticle> quoted) {
    public Setup {
      questions = Collections.unmodifiableMap(new LinkedHashMap<>(questions));
      fitted = List.copyOf(fitted);
      quoted = Map.copyOf(quoted);
      if (folds < 2) {
        throw new IllegalArgumentException("cross-validation needs at least 2 folds, got " + folds);
      }
    }

    /** A setup without sentence classifiers. */
    public Setup(
        Map<String, String> questions,
        List<Spec> fitted,
        int folds,
        long seed,
        ThresholdRule thresholdRule,
        FallbackRule fallback,
        Optional<String> topic,
        DominantFrame.Rule dominance,
        String first,
        String second) {
      this(
          questions,
          fitted,
          folds,
          seed,
          thresholdRule,
          fallback,
          topic,
          dominance,
          first,
          second,
          Optional.empty(),
          Map.of());
    }

    public Setup withSeed(long other) {
      return new Setup(
          questions,
          fitted,
          folds,
          other,
          thresholdRule,
          fallback,
          topic,
          dominance,
          first,
          second,
          stateSource,
          quoted);
    }

    public Setup withDominance(DominantFrame.Rule rule) {
      return new Setup(
          questions,
          fitted,
          folds,
          seed,
          thresholdRule,
          fallback,
          topic,
          rule,
          first,
          second,
          stateSource,
          quoted);
    }

    /** This setup with the sentence states (of {@code source}) and quotes of labelled articles. */
    public Setup withSentences(String source, Map<String, QuotedArticle> articles) {
      return new Setup(
          questions,
          fitted,
          folds,
          seed,
          thresholdRule,
          fallback,
          topic,
          dominance,
          first,
          second,
          Optional.of(source),
          articles);
    }

    /** Whether a fitted frame reads a sentence classifier. */
    public boolean readsSentences() {
      return fitted.stream().anyMatch(Spec::sentences);
    }
  }

  /**
   * Fits a model of a setup on training articles: {@link #fit}, or a stand-in in tests. Called from
   * several threads at once, one fold each.
   */
  @FunctionalInterface
  public interface Fitter {
    FramePresenceModel fit(Setup s, List<CodebookLabel> train, Map<String, ArticleHits> hits);
  }

  /** Out-of-fold verdicts and presences, by file; {@code folds} gives each scored file's fold. */
  public record Result(
      List<ArticleVerdict> verdicts,
      Map<String, Map<String, Presence>> presences,
      Map<String, Integer> folds) {}

  /** {@link #run(Setup, List, Map, Map, Fitter)} with {@link #fit}. */
  public static Result run(
      Setup s,
      List<CodebookLabel> labels,
      Map<String, ArticleHits> hits,
      Map<String, String> groups) {
    return run(s, labels, hits, groups, PresenceCv::fit);
  }

  /**
   * Out-of-fold verdicts for every labelled article. Pages of one {@code groups} value (copies of
   * one story) share a fold, so a copy is never predicted by a model fitted on its twin.
   */
  public static Result run(
      Setup s,
      List<CodebookLabel> labels,
      Map<String, ArticleHits> hits,
      Map<String, String> groups,
      Fitter fitter) {
    List<CodebookLabel> articles = labels.stream().filter(CodebookLabel::isArticle).toList();
    int[] folds = folds(s, articles, groups);
    List<ArticleVerdict> verdicts = new ArrayList<>();
    Map<String, Map<String, Presence>> presences = new LinkedHashMap<>();
    Map<String, Integer> foldOf = new LinkedHashMap<>();
    List<FramePresenceModel> models = fitFolds(s, articles, folds, hits, fitter);
    for (int k = 0; k < s.folds(); k++) {
      FramePresenceModel model = models.get(k);
      for (int i = 0; i < articles.size(); i++) {
        if (folds[i] == k) {
          String file = articles.get(i).file();
          ArticleHits a = hits.getOrDefault(file, new ArticleHits(0, 0, List.of()));
          Map<String, Presence> p = presences(s, model, a);
          presences.put(file, p);
          foldOf.put(file, k);
          verdicts.add(verdict(s, model, file, a, p));
        }
      }
    }
    return new Result(verdicts, presences, foldOf);
  }

  /**
   * The model of each fold, fitted on the other folds' articles. The folds are fitted at once on
   * the machine's cores: each fit is independent and deterministic, so the models do not depend on
   * the order (a sentence classifier's fit is most of {@code train-frames}).
   */
  private static List<FramePresenceModel> fitFolds(
      Setup s,
      List<CodebookLabel> articles,
      int[] folds,
      Map<String, ArticleHits> hits,
      Fitter fitter) {
    List<Callable<FramePresenceModel>> fits = new ArrayList<>();
    for (int k = 0; k < s.folds(); k++) {
      List<CodebookLabel> train = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) {
        if (folds[i] != k) {
          train.add(articles.get(i));
        }
      }
      fits.add(() -> fitter.fit(s, train, hits));
    }
    return Concurrently.inOrder(
        fits, Runtime.getRuntime().availableProcessors(), "presence-cv", "fitting the folds");
  }

  /** The fold of each article: stratified over groups, every copy in its group's fold. */
  private static int[] folds(Setup s, List<CodebookLabel> articles, Map<String, String> groups) {
    Map<String, Integer> groupIndex = new LinkedHashMap<>();
    List<Integer> groupStrata = new ArrayList<>();
    for (CodebookLabel l : articles) {
      String g = groups.getOrDefault(l.file(), l.file());
      if (!groupIndex.containsKey(g)) {
        groupIndex.put(g, groupIndex.size());
        groupStrata.add(code(l.answer(s.first())) * 3 + code(l.answer(s.second())));
      }
    }
    if (groupIndex.size() < s.folds()) {
      throw new IllegalArgumentException(
          s.folds()
              + "-fold cross-validation needs at least "
              + s.folds()
              + " labelled articles (stories, copies counted once); the labels hold "
              + groupIndex.size()
              + ": label more pages or lower --folds");
    }
    int[] groupFolds =
        StratifiedFolds.assign(
            groupStrata.stream().mapToInt(Integer::intValue).toArray(), s.folds(), s.seed());
    int[] folds = new int[articles.size()];
    for (int i = 0; i < folds.length; i++) {
      String file = articles.get(i).file();
      folds[i] = groupFolds[groupIndex.get(groups.getOrDefault(file, file))];
    }
    return folds;
  }

  /**
   * The model of {@code s} fitted on {@code train}: every fitted spec from the articles with an
   * agreed answer and hits; other frames fall back.
   *
   * @throws IllegalArgumentException when a frame has fewer than 2 positive or 2 negative examples
   */
  public static FramePresenceModel fit(
      Setup s, List<CodebookLabel> train, Map<String, ArticleHits> hits) {
    Map<String, FrameModel> models = new HashMap<>();
    for (Spec spec : s.fitted()) {
      List<String> names = new ArrayList<>(spec.features());
      if (spec.termMinArticles() > 0) {
        List<ArticleHits> trainHits =
            train.stream().map(l -> hits.get(l.file())).filter(a -> a != null).toList();
        names.addAll(PresenceInputs.frequentTerms(trainHits, spec.frame(), spec.termMinArticles()));
      }
      List<PresenceFitter.Example> examples = new ArrayList<>();
      List<CodebookLabel> used = new ArrayList<>();
      for (CodebookLabel l : train) {
        Optional<Boolean> answer = l.answer(spec.question());
        ArticleHits a = hits.get(l.file());
        if (answer.isPresent() && a != null) {
          ArticleFrameFeatures counts =
              ArticleFrameFeatures.of(a, spec.frame(), spec.other(), s.topic());
          examples.add(PresenceFitter.Example.of(l.file(), names, a, counts, answer.get()));
          used.add(l);
        }
      }
      PresenceFitter.Options o =
          new PresenceFitter.Options(spec.lambda(), s.folds(), s.seed(), s.thresholdRule());
      try {
        Optional<SentenceClassifier> sentences = Optional.empty();
        if (spec.sentences()) {
          sentences = Optional.of(withSentenceInputs(s, spec, used, hits, examples));
          names.add(SentenceClassifier.MAX);
          names.add(SentenceClassifier.TOP3);
        }
        models.put(
            spec.frame(),
            PresenceFitter.fit(spec.frame(), spec.other(), names, examples, o, sentences));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Cannot fit frame '" + spec.frame() + "' (" + spec.question() + "): " + e.getMessage(),
            e);
      }
    }
    return new FramePresenceModel(models, s.fallback(), s.topic());
  }

  /**
   * Fits the sentence classifier of {@code spec} on the {@code used} training articles and appends
   * its two inputs to their {@code examples}, in place: each article's values come from a
   * classifier fitted on the other inner folds ({@link #SENTENCE_FOLDS}), as a held-out article's
   * come from one fitted without it. Returns the classifier fitted on all of them, the model's.
   */
  private static SentenceClassifier withSentenceInputs(
      Setup s,
      Spec spec,
      List<CodebookLabel> used,
      Map<String, ArticleHits> hits,
      List<PresenceFitter.Example> examples) {
    String source =
        s.stateSource()
            .orElseThrow(
                () -> new IllegalArgumentException("sentence inputs need the articles' states"));
    List<QuotedArticle> articles = new ArrayList<>();
    boolean[] y = new boolean[used.size()];
    for (int i = 0; i < y.length; i++) {
      articles.add(s.quoted().getOrDefault(used.get(i).file(), NO_SENTENCES));
      y[i] = examples.get(i).label();
    }
    int[] inner = StratifiedFolds.assign(y, SENTENCE_FOLDS, s.seed() + 7);
    double[][] inputs = new double[y.length][];
    for (int k = 0; k < SENTENCE_FOLDS; k++) {
      List<QuotedArticle> fitOn = new ArrayList<>();
      boolean[] fitY = new boolean[y.length];
      for (int i = 0; i < y.length; i++) {
        if (inner[i] != k) {
          fitY[fitOn.size()] = y[i];
          fitOn.add(articles.get(i));
        }
      }
      SentenceClassifier c =
          SentenceClassifierFitter.fit(
              source,
              spec.frame(),
              fitOn,
              Arrays.copyOf(fitY, fitOn.size()),
              SentenceClassifierFitter.LAMBDA);
      for (int i = 0; i < y.length; i++) {
        if (inner[i] == k) {
          inputs[i] = c.summary(hits.get(used.get(i).file()).states());
        }
      }
    }
    for (int i = 0; i < y.length; i++) {
      PresenceFitter.Example e = examples.get(i);
      double[] x = Arrays.copyOf(e.x(), e.x().length + 2);
      x[x.length - 2] = inputs[i][0];
      x[x.length - 1] = inputs[i][1];
      examples.set(i, new PresenceFitter.Example(e.id(), x, e.eligible(), e.label()));
    }
    return SentenceClassifierFitter.fit(
        source, spec.frame(), articles, y, SentenceClassifierFitter.LAMBDA);
  }

  private static final QuotedArticle NO_SENTENCES = new QuotedArticle(new float[0][], Map.of());

  /** The verdict of {@code model} on one article whose presences are {@code p}. */
  public static ArticleVerdict verdict(
      Setup s, FramePresenceModel model, String file, ArticleHits a, Map<String, Presence> p) {
    Map<String, Boolean> present = new HashMap<>();
    s.questions().forEach((q, frame) -> present.put(q, p.get(frame).present()));
    String dominant =
        DominantFrame.of(
            p.get(s.first()),
            model.features(a, s.first()),
            p.get(s.second()),
            model.features(a, s.second()),
            s.dominance());
    return new ArticleVerdict(file, present, Optional.of(dominant));
  }

  /** Verdicts of a model without fitting (the old rule, or a fallback rule alone). */
  public static List<ArticleVerdict> apply(
      Setup s,
      FramePresenceModel model,
      List<CodebookLabel> labels,
      Map<String, ArticleHits> hits) {
    List<ArticleVerdict> out = new ArrayList<>();
    for (CodebookLabel l : labels) {
      if (!l.isArticle()) {
        continue;
      }
      ArticleHits a = hits.getOrDefault(l.file(), new ArticleHits(0, 0, List.of()));
      out.add(verdict(s, model, l.file(), a, presences(s, model, a)));
    }
    return out;
  }

  private static Map<String, Presence> presences(Setup s, FramePresenceModel model, ArticleHits a) {
    Map<String, Presence> p = new LinkedHashMap<>();
    s.questions().values().forEach(frame -> p.put(frame, model.presence(a, frame)));
    p.putIfAbsent(s.first(), model.presence(a, s.first()));
    p.putIfAbsent(s.second(), model.presence(a, s.second()));
    return p;
  }

  private static int code(Optional<Boolean> answer) {
    return answer.map(b -> b ? 1 : 0).orElse(2);
  }
}
