package dev.newsframes.lab.evaluate;

import dev.newsframes.trends.presence.ArticleFrameFeatures;
import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.DominantFrame;
import dev.newsframes.trends.presence.FallbackRule;
import dev.newsframes.trends.presence.FrameModel;
import dev.newsframes.trends.presence.FramePresenceModel;
import dev.newsframes.trends.presence.Presence;
import dev.newsframes.trends.presence.PresenceFitter;
import dev.newsframes.trends.presence.PresenceInputs;
import dev.newsframes.trends.presence.StratifiedFolds;
import dev.newsframes.trends.presence.ThresholdRule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Nested k-fold cross-validation of a whole presence model (several frames and a topic) against
 * codebook labels, for the presence study. Lab tooling, test scope.
 *
 * <p>Folds are stratified on the pair of balance-frame labels (null as its own value), so each fold
 * holds every kind of article; inside a fold each modelled frame is fitted on the training articles
 * with an agreed answer ({@link PresenceFitter#fit}, threshold by inner CV) and all test articles
 * are predicted, which gives every article a verdict for every question.
 */
final class PresenceCv {
  private PresenceCv() {}

  /**
   * A frame to fit: its lexicon id, its label key, the other frame, its input names, and the
   * minimum number of training articles a lexicon term needs to become a {@code term:} input (0: no
   * term inputs).
   */
  record Spec(
      String frame,
      String question,
      Optional<String> other,
      List<String> features,
      int termMinArticles,
      double lambda) {}

  /** One configuration of the study. */
  record Setup(
      Map<String, String> questions, // label key -> frame id (topic id for about_ai)
      List<Spec> fitted,
      double lambda,
      int folds,
      long seed,
      ThresholdRule thresholdRule,
      FallbackRule fallback,
      Optional<String> topic,
      DominantFrame.Rule dominance,
      String first,
      String second) {
    Setup withSeed(long other) {
      return new Setup(
          questions,
          fitted,
          lambda,
          folds,
          other,
          thresholdRule,
          fallback,
          topic,
          dominance,
          first,
          second);
    }

    Setup withDominance(DominantFrame.Rule rule) {
      return new Setup(
          questions,
          fitted,
          lambda,
          folds,
          seed,
          thresholdRule,
          fallback,
          topic,
          rule,
          first,
          second);
    }

    Setup withFitted(List<Spec> specs) {
      return new Setup(
          questions,
          specs,
          lambda,
          folds,
          seed,
          thresholdRule,
          fallback,
          topic,
          dominance,
          first,
          second);
    }
  }

  /** Out-of-fold verdicts and presences, by file. */
  record Result(List<ArticleVerdict> verdicts, Map<String, Map<String, Presence>> presences) {}

  /**
   * Out-of-fold verdicts. Pages of one {@code groups} value (copies of one story) share a fold, so
   * a copy is never predicted by a model fitted on its twin.
   */
  static Result run(
      Setup s,
      List<CodebookLabel> labels,
      Map<String, ArticleHits> hits,
      Map<String, String> groups) {
    List<CodebookLabel> articles = labels.stream().filter(CodebookLabel::isArticle).toList();
    Map<String, Integer> groupIndex = new LinkedHashMap<>();
    List<Integer> groupStrata = new ArrayList<>();
    for (CodebookLabel l : articles) {
      String g = groups.getOrDefault(l.file(), l.file());
      if (!groupIndex.containsKey(g)) {
        groupIndex.put(g, groupIndex.size());
        groupStrata.add(code(l.answer(s.first())) * 3 + code(l.answer(s.second())));
      }
    }
    int[] groupFolds =
        StratifiedFolds.assign(
            groupStrata.stream().mapToInt(Integer::intValue).toArray(), s.folds(), s.seed());
    int[] folds = new int[articles.size()];
    for (int i = 0; i < folds.length; i++) {
      folds[i] =
          groupFolds[
              groupIndex.get(groups.getOrDefault(articles.get(i).file(), articles.get(i).file()))];
    }
    List<ArticleVerdict> verdicts = new ArrayList<>();
    Map<String, Map<String, Presence>> presences = new LinkedHashMap<>();
    for (int k = 0; k < s.folds(); k++) {
      List<CodebookLabel> train = new ArrayList<>();
      for (int i = 0; i < articles.size(); i++) {
        if (folds[i] != k) {
          train.add(articles.get(i));
        }
      }
      FramePresenceModel model = fit(s, train, hits);
      for (int i = 0; i < articles.size(); i++) {
        if (folds[i] == k) {
          String file = articles.get(i).file();
          ArticleHits a = hits.getOrDefault(file, new ArticleHits(0, 0, List.of()));
          Map<String, Presence> p = new LinkedHashMap<>();
          s.questions().forEach((q, frame) -> p.put(frame, model.presence(a, frame)));
          presences.put(file, p);
          verdicts.add(verdict(s, model, file, a, p));
        }
      }
    }
    return new Result(verdicts, presences);
  }

  /** The model of {@code s} fitted on {@code train} (every fitted spec; others fall back). */
  static FramePresenceModel fit(Setup s, List<CodebookLabel> train, Map<String, ArticleHits> hits) {
    Map<String, FrameModel> models = new HashMap<>();
    for (Spec spec : s.fitted()) {
      List<String> names = new ArrayList<>(spec.features());
      if (spec.termMinArticles() > 0) {
        List<ArticleHits> trainHits =
            train.stream().map(l -> hits.get(l.file())).filter(a -> a != null).toList();
        names.addAll(PresenceInputs.frequentTerms(trainHits, spec.frame(), spec.termMinArticles()));
      }
      List<PresenceFitter.Example> examples = new ArrayList<>();
      for (CodebookLabel l : train) {
        Optional<Boolean> answer = l.answer(spec.question());
        ArticleHits a = hits.get(l.file());
        if (answer.isPresent() && a != null) {
          ArticleFrameFeatures counts =
              ArticleFrameFeatures.of(a, spec.frame(), spec.other(), s.topic());
          examples.add(PresenceFitter.Example.of(l.file(), names, a, counts, answer.get()));
        }
      }
      PresenceFitter.Options o =
          new PresenceFitter.Options(spec.lambda(), s.folds(), s.seed(), s.thresholdRule());
      models.put(spec.frame(), PresenceFitter.fit(spec.frame(), spec.other(), names, examples, o));
    }
    return new FramePresenceModel(models, s.fallback(), s.topic());
  }

  static ArticleVerdict verdict(
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
  static List<ArticleVerdict> apply(
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
      Map<String, Presence> p = new LinkedHashMap<>();
      s.questions().forEach((q, frame) -> p.put(frame, model.presence(a, frame)));
      out.add(verdict(s, model, l.file(), a, p));
    }
    return out;
  }

  private static int code(Optional<Boolean> answer) {
    return answer.map(b -> b ? 1 : 0).orElse(2);
  }
}
