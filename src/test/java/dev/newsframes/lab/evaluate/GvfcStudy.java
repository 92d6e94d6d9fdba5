package dev.newsframes.lab.evaluate;

import dev.newsframes.trends.Frame;
import dev.newsframes.trends.FrameLexicon;
import dev.newsframes.trends.presence.ArticleFrameFeatures;
import dev.newsframes.trends.presence.ArticleHits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * GVFC main-frame classification from our lexicon: 10-fold stratified CV on gvfc-dev.csv of a
 * mapping rule (no fit), a one-vs-rest logistic regression over the lexicon's frame hits, the same
 * with in-fold lemma features, and a multinomial Naive Bayes over lemmas as our own reference for
 * the published baseline. Lab tooling, test scope.
 *
 * <p>Usage: {@code GvfcStudy GVFC-DEV.csv WAREHOUSE LEXICON.yaml GUN-LEXICON.yaml}: the product's
 * lexicon (mapped through {@link GvfcModels#MAPPING}) and a lexicon with one frame per GVFC frame,
 * as a user studying gun violence would write it (mapped one to one, in theme order). The warehouse
 * holds the headlines ingested from JSON Lines in file order (record position = CSV row + 1).
 */
public final class GvfcStudy {
  private GvfcStudy() {}

  private static Pattern only = Pattern.compile(".*");

  public static void main(String[] args) throws Exception {
    if (args.length > 4) {
      only = Pattern.compile(args[4]); // run only the rows whose name matches
    }
    List<Integer> themes =
        GvfcLabels.read(Path.of(args[0])).stream().map(GvfcLabels.Row::theme).toList();
    FrameLexicon lexicon = FrameLexicon.load(Path.of(args[2]));
    FrameLexicon gun = FrameLexicon.load(Path.of(args[3]));
    Map<Integer, String> mapping =
        GvfcModels.mapping(lexicon.frames().stream().map(Frame::id).toList());
    Map<Integer, String> gunMapping =
        GvfcModels.mapping(gun.frames().stream().map(Frame::id).toList());
    Map<String, StoredArticles.Article> stored =
        StoredArticles.load(Path.of(args[1]), List.of(), true);
    List<GvfcHeadline> data = new ArrayList<>();
    for (int i = 0; i < themes.size(); i++) {
      StoredArticles.Article a = stored.get(String.valueOf(i + 1));
      List<String> lemmas = new ArrayList<>();
      Map<String, Integer> hits = new HashMap<>();
      if (a != null) {
        a.sentences().forEach(s -> s.lemmas().forEach(l -> lemmas.add(l.toLowerCase(Locale.ROOT))));
        for (FrameLexicon lex : List.of(lexicon, gun)) {
          ArticleHits h = a.hits(lex.matcher(), Optional.empty());
          for (Frame f : lex.frames()) {
            int n = ArticleFrameFeatures.of(h, f.id(), Optional.empty(), Optional.empty()).hits();
            hits.put(f.id(), n);
          }
        }
      }
      data.add(new GvfcHeadline(themes.get(i), lemmas, hits));
    }
    long annotated = data.stream().filter(h -> !h.lemmas().isEmpty()).count();
    long anyHit =
        data.stream().filter(h -> h.frameHits().values().stream().anyMatch(n -> n > 0)).count();
    long mappedHit =
        data.stream()
            .filter(h -> h.frameHits().getOrDefault(mapping.get(h.theme()), 0) > 0)
            .count();
    long gunHit =
        data.stream()
            .filter(h -> h.frameHits().getOrDefault(gunMapping.get(h.theme()), 0) > 0)
            .count();
    System.out.printf(
        "GVFC dev: %d headlines, %d annotated, %d with any frame hit, %d hit their mapped frame"
            + " (product lexicon), %d (gun lexicon)%n",
        data.size(), annotated, anyHit, mappedHit, gunHit);
    List<String> frames = lexicon.frames().stream().map(Frame::id).toList();
    List<String> gunFrames = gun.frames().stream().map(Frame::id).toList();
    List<String> both = new ArrayList<>(frames);
    both.addAll(gunFrames);
    for (long seed : new long[] {42, 1, 2}) {
      System.out.println("seed " + seed + " (10-fold stratified CV):");
      row(
          "mapping rule, product lexicon",
          data,
          seed,
          (tr, te) -> GvfcModels.mappingRule(tr, te, mapping));
      row(
          "mapping rule, gun lexicon",
          data,
          seed,
          (tr, te) -> GvfcModels.mappingRule(tr, te, gunMapping));
      row(
          "LR, product lexicon",
          data,
          seed,
          (tr, te) -> GvfcModels.logistic(tr, te, frames, 0, 1.0));
      row(
          "LR, gun lexicon",
          data,
          seed,
          (tr, te) -> GvfcModels.logistic(tr, te, gunFrames, 0, 1.0));
      row("LR, both lexicons", data, seed, (tr, te) -> GvfcModels.logistic(tr, te, both, 0, 1.0));
      row(
          "LR, both lexicons + 150 lemmas",
          data,
          seed,
          (tr, te) -> GvfcModels.logistic(tr, te, both, 150, 1.0));
      row(
          "LR, 150 lemmas only",
          data,
          seed,
          (tr, te) -> GvfcModels.logistic(tr, te, List.of(), 150, 1.0));
      row("Naive Bayes, lemmas (our reference)", data, seed, GvfcModels::naiveBayes);
      row(
          "Naive Bayes, lemmas + gun lexicon hits",
          data,
          seed,
          (tr, te) -> GvfcModels.naiveBayes(tr, te, gunFrames));
      row(
          "Naive Bayes, lemmas + both lexicons' hits",
          data,
          seed,
          (tr, te) -> GvfcModels.naiveBayes(tr, te, both));
    }
  }

  private static void row(String name, List<GvfcHeadline> data, long seed, GvfcModels.Model model) {
    if (!only.matcher(name).find()) {
      return;
    }
    GvfcModels.Score s = GvfcModels.score(data, GvfcModels.crossValidate(data, 10, seed, model));
    System.out.printf(Locale.ROOT, "  %-40s micro %.3f macro %.3f%n", name, s.micro(), s.macro());
  }
}
