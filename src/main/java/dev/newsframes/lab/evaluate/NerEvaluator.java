package dev.newsframes.lab.evaluate;

import dev.newsframes.nlp.NlpConfig;
import dev.newsframes.nlp.NlpPipelines;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the configured NER over pre-tokenized CoNLL documents and scores it at entity level.
 *
 * <p>The gold tokenization and sentence split are kept ({@code tokenize.whitespace}, {@code
 * ssplit.eolonly}), so spans compare token for token; everything else, NER options and gazetteer
 * included, is as configured.
 */
public final class NerEvaluator {
  private final StanfordCoreNLP pipeline;

  /** An evaluator with a pipeline built from {@code config} with gold tokenization, NER only. */
  public NerEvaluator(NlpConfig config) {
    this.pipeline = NlpPipelines.get(forGoldTokens(config));
  }

  /** {@code config} changed to keep CoNLL tokens and sentences and to run only up to NER. */
  public static NlpConfig forGoldTokens(NlpConfig config) {
    return config.withCoreNlp(
        Map.of(
            "annotators", "tokenize,ssplit,pos,lemma,ner",
            "tokenize.whitespace", "true",
            "ssplit.eolonly", "true"));
  }

  /** Predicted CoNLL types per token of each sentence of {@code doc}, e.g. {@code PER} or O. */
  public List<List<String>> predict(ConllDocument doc) {
    StringBuilder text = new StringBuilder();
    for (ConllDocument.Sentence s : doc.sentences()) {
      text.append(String.join(" ", s.tokens())).append('\n');
    }
    Annotation annotation = new Annotation(text.toString());
    pipeline.annotate(annotation);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences.size() != doc.sentences().size()) {
      throw new IllegalStateException(
          "CoreNLP split " + doc.sentences().size() + " gold sentences into " + sentences.size());
    }
    List<List<String>> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      List<CoreLabel> tokens = sentences.get(i).get(CoreAnnotations.TokensAnnotation.class);
      if (tokens.size() != doc.sentences().get(i).tokens().size()) {
        throw new IllegalStateException(
            "CoreNLP re-tokenized gold sentence " + i + ": " + doc.sentences().get(i).tokens());
      }
      out.add(tokens.stream().map(t -> ConllTypes.of(t.ner())).toList());
    }
    return out;
  }

  /** Entity-level scores over all documents. */
  public NerScores evaluate(List<ConllDocument> docs) {
    List<EntitySpan> gold = new ArrayList<>();
    List<EntitySpan> predicted = new ArrayList<>();
    int sentence = 0;
    for (ConllDocument doc : docs) {
      List<List<String>> types = predict(doc);
      for (int i = 0; i < types.size(); i++, sentence++) {
        gold.addAll(EntitySpan.fromIob(sentence, doc.sentences().get(i).tags()));
        predicted.addAll(EntitySpan.fromTypeRuns(sentence, types.get(i)));
      }
    }
    return NerScores.of(gold, predicted);
  }
}
