package dev.newsframes.lab.evaluate;

import dev.newsframes.trends.Frame;
import dev.newsframes.trends.FrameLexicon;
import dev.newsframes.trends.TopicDefinition;
import dev.newsframes.trends.presence.ArticleHits;
import dev.newsframes.trends.presence.DominantFrame;
import dev.newsframes.trends.presence.FallbackRule;
import dev.newsframes.trends.presence.FramePresenceModel;
import dev.newsframes.trends.presence.PresenceInputs;
import dev.newsframes.trends.presence.PresenceModelFile;
import dev.newsframes.trends.presence.ThresholdRule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The presence study on the ai-tech dev labels: today's rule, fallback rules and cross-validated
 * presence models, printed as tables; with a model path, writes the chosen model fitted on all
 * labels. Lab tooling (test scope, reads Parquet with DuckDB); see docs/frame-presence.md.
 *
 * <p>Usage: {@code PresenceStudy WAREHOUSE LABELS.jsonl LEXICON.yaml TOPIC.yaml [VARIANT
 * MODEL-OUT.json]}; without a variant every variant is cross-validated.
 */
public final class PresenceStudy {
  static final String REG = "regulation";
  static final String COMP = "competitiveness";
  static final String TOPIC = "ai";
  static final List<String> QUESTIONS = List.of(REG, COMP, "about_ai");
  static final List<String> COUNTS = PresenceSpecs.allCounts();
  static final List<String> TOPIC_COUNTS = PresenceSpecs.TOPIC_COUNTS;

  private PresenceStudy() {}

  public static void main(String[] args) throws Exception {
    Path labelsFile = Path.of(args[1]);
    FrameLexicon lexicon = FrameLexicon.load(Path.of(args[2]));
    TopicDefinition topic =
        TopicDefinition.fromYaml(
                Files.readString(Path.of(args[3]), StandardCharsets.UTF_8), args[3])
            .orElseThrow();
    List<CodebookLabel> labels = CodebookLabels.read(labelsFile);
    List<String> files =
        labels.stream().filter(CodebookLabel::isArticle).map(CodebookLabel::file).toList();
    Map<String, StoredArticles.Article> stored =
        StoredArticles.load(Path.of(args[0]), files, false);
    Map<String, ArticleHits> hits = new LinkedHashMap<>();
    Map<String, String> groups = new LinkedHashMap<>();
    stored.forEach(
        (file, a) -> {
          hits.put(file, a.hits(lexicon.matcher(), Optional.of(topic.matcher())));
          groups.put(file, a.articleId());
        });
    System.out.printf(
        "lexicon %s (%s), %d labelled articles, %d found, %d distinct stories%n",
        args[2],
        lexicon.fingerprint().substring(0, 12),
        files.size(),
        hits.size(),
        groups.values().stream().distinct().count());
    List<Path> coders =
        List.of(sibling(labelsFile, ".coder-a.jsonl"), sibling(labelsFile, ".coder-b.jsonl"));
    List<String> related = new ArrayList<>();
    lexicon.frames().stream()
        .map(Frame::id)
        .filter(f -> !f.equals(REG) && !f.equals(COMP))
        .forEach(f -> related.add(PresenceInputs.FRAME + f));
    related.add(PresenceInputs.FRAME + TOPIC);

    if (args.length > 5) {
      PresenceCv.Setup chosen = variant(args[4], related);
      PresenceCv.Result cv = PresenceCv.run(chosen, labels, hits, groups);
      FrameScores scores = FrameScorer.score(labels, cv.verdicts(), QUESTIONS);
      report("chosen: " + args[4] + " (10-fold nested CV, seed 42)", cv.verdicts(), labels, coders);
      for (long seed : new long[] {1, 2, 3, 4, 5}) {
        PresenceCv.Setup s = chosen.withSeed(seed);
        System.out.println(
            "seed "
                + seed
                + ": "
                + brief(
                    FrameScorer.score(
                        labels, PresenceCv.run(s, labels, hits, groups).verdicts(), QUESTIONS)));
      }
      FramePresenceModel model = PresenceCv.fit(chosen, labels, hits);
      PresenceModelFile.write(
          model, provenance(args[4], scores, lexicon, files.size()), Path.of(args[5]));
      System.out.println("wrote " + args[5]);
      return;
    }
    PresenceCv.Setup old = variant("counts", related);
    report(
        "today's rule (any sentence hit; dominant by sentences)",
        PresenceCv.apply(
            old.withDominance(DominantFrame.Rule.SENTENCES),
            FramePresenceModel.fallbackOnly(FallbackRule.ANY_HIT),
            labels,
            hits),
        labels,
        coders);
    for (int[] kd : new int[][] {{1, 2}, {2, 2}, {3, 2}, {3, 3}}) {
      FallbackRule rule = new FallbackRule(kd[0], kd[1]);
      report(
          "fallback rule " + rule,
          PresenceCv.apply(old, FramePresenceModel.fallbackOnly(rule), labels, hits),
          labels,
          List.of());
    }
    for (String v : args.length > 4 ? List.of(args[4].split(";")) : VARIANTS) {
      PresenceCv.Setup s = variant(v, related);
      report(
          "CV model: " + v, PresenceCv.run(s, labels, hits, groups).verdicts(), labels, List.of());
    }
  }

  static final List<String> VARIANTS =
      List.of(
          "counts",
          "counts+frames",
          "counts+terms",
          "counts+frames+terms",
          "counts+frames+terms lambda=0.3",
          "counts+frames+terms lambda=3",
          "counts+frames+terms lambda=10",
          "counts+frames+terms match-share",
          "counts+frames+terms dominant=sentences");

  /**
   * A variant by name: inputs, then options as words ({@code lambda=3}, {@code match-share}, {@code
   * dominant=sentences}). {@code reg=<inputs>/<lambda> comp=<inputs>/<lambda>} gives each balance
   * frame its own inputs and penalty.
   */
  static PresenceCv.Setup variant(String v, List<String> related) {
    double lambda = 1;
    String regSpec = null;
    String compSpec = null;
    for (String w : v.split(" ")) {
      if (w.startsWith("lambda=")) {
        lambda = Double.parseDouble(w.substring(7));
      } else if (w.startsWith("reg=")) {
        regSpec = w.substring(4);
      } else if (w.startsWith("comp=")) {
        compSpec = w.substring(5);
      }
    }
    String all = v.split(" ")[0] + "/" + lambda;
    List<PresenceCv.Spec> specs =
        List.of(
            spec(REG, REG, Optional.of(COMP), regSpec == null ? all : regSpec, related),
            spec(COMP, COMP, Optional.of(REG), compSpec == null ? all : compSpec, related),
            PresenceSpecs.topic(TOPIC, "about_ai", 1.0));
    Map<String, String> questions = new LinkedHashMap<>();
    questions.put(REG, REG);
    questions.put(COMP, COMP);
    questions.put("about_ai", TOPIC);
    return new PresenceCv.Setup(
        questions,
        specs,
        10,
        42,
        v.contains("match-share") ? ThresholdRule.MATCH_SHARE : ThresholdRule.MAX_F1,
        FallbackRule.DEFAULT,
        Optional.of(TOPIC),
        v.contains("dominant=sentences") ? DominantFrame.Rule.SENTENCES : DominantFrame.Rule.SCORE,
        REG,
        COMP);
  }

  /** One frame's spec from {@code inputs/lambda}, inputs as counts[+frames][+with][+terms]. */
  private static PresenceCv.Spec spec(
      String frame, String question, Optional<String> other, String s, List<String> related) {
    return PresenceSpecs.frame(frame, question, other, Optional.of(TOPIC), s, 1.0, ids(related));
  }

  private static List<String> ids(List<String> related) {
    return related.stream().map(r -> r.substring(PresenceInputs.FRAME.length())).toList();
  }

  static void report(
      String title, List<ArticleVerdict> verdicts, List<CodebookLabel> labels, List<Path> coders)
      throws Exception {
    System.out.println("\n== " + title);
    System.out.print(FrameScorer.score(labels, verdicts, QUESTIONS).table());
    for (Path c : coders) {
      if (Files.exists(c)) {
        System.out.println(
            "  vs "
                + c.getFileName()
                + ": "
                + brief(FrameScorer.score(CodebookLabels.read(c), verdicts, QUESTIONS)));
      }
    }
  }

  static String brief(FrameScores s) {
    StringBuilder sb = new StringBuilder();
    s.questions()
        .forEach(
            (q, b) ->
                sb.append(
                    String.format(
                        Locale.ROOT,
                        "%s F1 %.3f share %.1f%%/%.1f%%; ",
                        q,
                        b.f1(),
                        100 * b.predictedShare(),
                        100 * b.labelShare())));
    return sb.append(String.format(Locale.ROOT, "dominant %.3f", s.dominantAccuracy())).toString();
  }

  static Path sibling(Path labels, String suffix) {
    return labels.resolveSibling(labels.getFileName().toString().replaceFirst("\\.jsonl$", suffix));
  }

  static Map<String, Object> provenance(
      String variant, FrameScores cv, FrameLexicon lexicon, int articles) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put(
        "fitted_on",
        "shared/labels/ai-tech-frames-dev.jsonl: "
            + articles
            + " articles of shared/corpora/pages/ai-tech, agreed answers (null answers left out per question)");
    p.put("variant", variant);
    p.put("lexicon", "jobs/frames.yaml " + lexicon.fingerprint());
    p.put("topic", "jobs/topic-ai.yaml");
    Map<String, Object> figures = new LinkedHashMap<>();
    cv.questions()
        .forEach(
            (q, b) ->
                figures.put(
                    q,
                    Map.of(
                        "precision",
                        round(b.precision()),
                        "recall",
                        round(b.recall()),
                        "f1",
                        round(b.f1()),
                        "product_share",
                        round(b.predictedShare()),
                        "coders_share",
                        round(b.labelShare()))));
    figures.put("dominant_accuracy", round(cv.dominantAccuracy()));
    p.put("cross_validated", figures);
    p.put(
        "cv",
        "10-fold nested, stratified on (regulation, competitiveness), copies of a story in one fold, seed 42");
    return p;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
