package dev.newsframes.lab.evaluate;

import dev.newsframes.trends.Frame;
import dev.newsframes.trends.FrameLexicon;
import dev.newsframes.trends.FrameMatcher;
import dev.newsframes.trends.TopicDefinition;
import dev.newsframes.trends.presence.ArticleFrameFeatures;
import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.PresenceFitter;
import dev.newsframes.trends.presence.PresenceInputs;
import dev.newsframes.trends.presence.ThresholdRule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Experiment: do the words around a frame's hits (lemmas of its hit sentences) add to the lexicon
 * counts? Nested 10-fold CV of one frame, context words chosen by frequency only (no labels). Lab
 * tooling, test scope. Usage: {@code ContextExperiment WAREHOUSE LABELS LEXICON TOPIC FRAME}
 */
public final class ContextExperiment {
  private ContextExperiment() {}

  public static void main(String[] args) throws Exception {
    List<CodebookLabel> labels = CodebookLabels.read(Path.of(args[1]));
    FrameLexicon lexicon = FrameLexicon.load(Path.of(args[2]));
    TopicDefinition topic =
        TopicDefinition.fromYaml(
                Files.readString(Path.of(args[3]), StandardCharsets.UTF_8), args[3])
            .orElseThrow();
    String frame = args[4];
    String other = frame.equals("regulation") ? "competitiveness" : "regulation";
    List<String> files =
        labels.stream().filter(CodebookLabel::isArticle).map(CodebookLabel::file).toList();
    Map<String, StoredArticles.Article> stored =
        StoredArticles.load(Path.of(args[0]), files, false);
    FrameMatcher m = lexicon.matcher();
    FrameMatcher t = topic.matcher();
    List<String> base = new ArrayList<>(PresenceStudy.COUNTS);
    lexicon.frames().stream()
        .map(Frame::id)
        .filter(f -> !f.equals(frame) && !f.equals(other))
        .forEach(f -> base.add(PresenceInputs.FRAME + f));
    base.add(PresenceInputs.FRAME + "ai");
    // context lemmas of each article's frame sentences
    Map<String, Set<String>> context = new HashMap<>();
    Map<String, Integer> df = new HashMap<>();
    Map<String, ArticleHits> hits = new HashMap<>();
    for (var e : stored.entrySet()) {
      ArticleHits h = e.getValue().hits(m, Optional.of(t));
      hits.put(e.getKey(), h);
      Set<Integer> idx = new HashSet<>();
      h.sentences()
          .forEach(
              s -> {
                if (s.hits(frame)) idx.add(s.index());
              });
      Set<String> words = new HashSet<>();
      for (StoredArticles.Sentence s : e.getValue().sentences()) {
        if (idx.contains(s.index())) {
          s.lemmas()
              .forEach(
                  l -> {
                    if (l.matches("[a-z][a-z\\-]{2,}")) words.add(l.toLowerCase(Locale.ROOT));
                  });
        }
      }
      context.put(e.getKey(), words);
      words.forEach(w -> df.merge(w, 1, Integer::sum));
    }
    for (int minDf : new int[] {0, 30, 15, 8}) {
      List<String> vocab =
          minDf == 0
              ? List.of()
              : df.entrySet().stream()
                  .filter(x -> x.getValue() >= minDf && x.getValue() < 150)
                  .map(Map.Entry::getKey)
                  .sorted()
                  .toList();
      List<String> names = new ArrayList<>(base);
      vocab.forEach(w -> names.add("term:ctx_" + w));
      for (double lambda : new double[] {3, 10, 30}) {
        List<PresenceFitter.Example> ex = new ArrayList<>();
        for (CodebookLabel l : labels) {
          if (!l.isArticle() || l.answer(frame).isEmpty() || !hits.containsKey(l.file())) continue;
          ArticleHits h = hits.get(l.file());
          ArticleFrameFeatures c =
              ArticleFrameFeatures.of(h, frame, Optional.of(other), Optional.of("ai"));
          double[] x0 = PresenceInputs.vector(base, h, c);
          double[] x = Arrays.copyOf(x0, names.size());
          for (int j = 0; j < vocab.size(); j++) {
            x[base.size() + j] = context.get(l.file()).contains(vocab.get(j)) ? 1 : 0;
          }
          ex.add(new PresenceFitter.Example(l.file(), x, c.sentences() > 0, l.answer(frame).get()));
        }
        var cv =
            PresenceFitter.crossValidate(
                frame,
                Optional.of(other),
                names,
                ex,
                new PresenceFitter.Options(lambda, 10, 42, ThresholdRule.MAX_F1));
        int tp = 0, fp = 0, fn = 0;
        for (var p : cv) {
          tp += p.present() && p.label() ? 1 : 0;
          fp += p.present() && !p.label() ? 1 : 0;
          fn += !p.present() && p.label() ? 1 : 0;
        }
        System.out.printf(
            Locale.ROOT,
            "%s minDf %d (%d words) lambda %.0f: P %.2f R %.2f F1 %.3f share %.1f%%%n",
            frame,
            minDf,
            vocab.size(),
            lambda,
            tp / (double) (tp + fp),
            tp / (double) (tp + fn),
            2.0 * tp / (2.0 * tp + fp + fn),
            100.0 * (tp + fp) / ex.size());
      }
    }
  }
}
