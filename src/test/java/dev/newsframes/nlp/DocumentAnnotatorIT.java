package dev.newsframes.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.newsframes.sentiment.SentimentScore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The annotator with the real CoreNLP models and the shipped settings; one pipeline per JVM. */
class DocumentAnnotatorIT {
  private static final Path SEED =
      Path.of("notebooks-data/input/marsbit-trump-ai-executive-order.txt");

  private static NlpConfig config;
  private static DocumentAnnotator annotator;

  @BeforeAll
  static void loadPipeline() {
    config = NlpConfigLoader.load(Path.of(NlpConfigLoader.DEFAULT_FILE));
    annotator = DocumentAnnotator.forConfig(config);
  }

  static String seedOriginalText() throws Exception {
    String page = Files.readString(SEED, StandardCharsets.UTF_8);
    String marker = "Below is the original text:";
    return page.substring(page.indexOf(marker) + marker.length()).strip();
  }

  private static AnnotatedDocument annotated(String id, String text) {
    AnnotationResult r = annotator.annotate(id, text);
    assertThat(r).as("result of " + id).isInstanceOf(AnnotatedDocument.class);
    return (AnnotatedDocument) r;
  }

  private static List<EntityMention> mentionsOf(AnnotatedDocument d, String text) {
    return d.mentions().stream().filter(m -> m.text().equals(text)).toList();
  }

  @Test
  void seedArticleEntitiesGetDomainTypesAndCanonicalNames() throws Exception {
    AnnotatedDocument d = annotated("seed", seedOriginalText());
    for (String org : List.of("OpenAI", "Anthropic", "xAI", "Google")) {
      assertThat(mentionsOf(d, org))
          .as("mentions of " + org)
          .isNotEmpty()
          .allSatisfy(m -> assertThat(m.nerType()).as(org + " type").isEqualTo("ORGANIZATION"));
    }
    assertThat(mentionsOf(d, "Mythos"))
        .as("mentions of Mythos")
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.nerType()).as("Mythos type").isEqualTo("PRODUCT"));
    assertThat(mentionsOf(d, "Trump"))
        .as("mentions of Trump")
        .isNotEmpty()
        .allSatisfy(
            m -> assertThat(m.canonicalEntity()).as("Trump canonical").isEqualTo("Donald Trump"));
    assertThat(mentionsOf(d, "U.S."))
        .as("U.S.")
        .isNotEmpty()
        .allSatisfy(
            m -> assertThat(m.canonicalEntity()).as("U.S. alias").isEqualTo("United States"));
    assertThat(d.mentions())
        .extracting(EntityMention::text)
        .as("no pronoun mentions")
        .doesNotContain("he", "He", "his", "His");
  }

  @Test
  void sentencesCarryParallelColumnsAndAFiveClassSentiment() throws Exception {
    AnnotatedDocument d = annotated("seed-head", seedOriginalText().substring(0, 1500));
    assertThat(d.sentences()).as("sentences").hasSizeGreaterThan(5);
    for (AnnotatedSentence s : d.sentences()) {
      assertThat(s.lemmas()).as("lemmas of " + s.sentenceIndex()).hasSameSizeAs(s.tokens());
      assertThat(s.posTags()).as("POS of " + s.sentenceIndex()).hasSameSizeAs(s.tokens());
      assertThat(s.sentiment()).as("sentiment of " + s.text()).isPresent();
      SentimentScore score = s.sentiment().get();
      assertThat(score.probabilities().stream().mapToDouble(Double::doubleValue).sum())
          .as("probabilities sum")
          .isCloseTo(1.0, within(1e-6));
      assertThat(score.score()).as("score range").isBetween(-1.0, 1.0);
      assertThat(score.model()).as("model").isEqualTo("rntn");
    }
    AnnotatedSentence first = d.sentences().get(0);
    assertThat(seedOriginalText().substring(first.begin(), first.end()))
        .as("offsets")
        .isEqualTo(first.text());
    assertThat(first.lemmas()).as("lemmas").contains("delay");
    assertThat(d.sentiment()).as("document sentiment").isPresent();
  }

  @Test
  void gazetteerMatchesMultiTokenAndHyphenatedNames() {
    AnnotatedDocument d =
        annotated(
            "gaz",
            "OpenAI released GPT-4 in March, Google DeepMind answered with Gemini and Meta with"
                + " Llama 3.");
    assertThat(d.mentions())
        .extracting(EntityMention::text, EntityMention::nerType)
        .as("mentions")
        .contains(
            tuple("OpenAI", "ORGANIZATION"),
            tuple("GPT-4", "PRODUCT"),
            tuple("Google DeepMind", "ORGANIZATION"),
            tuple("Gemini", "PRODUCT"),
            tuple("Llama 3", "PRODUCT"));
  }

  @Test
  void aBlankLineEndsASentenceSoTheTitleIsNotGluedToTheLead() {
    // annotate's document is title, a blank line, body; titles rarely end in a full stop
    AnnotatedDocument d =
        annotated(
            "title",
            "CCPA compliance lags as enforcement begins in earnest\n\n"
                + "Enforcement of the act began on\nWednesday. Companies scrambled to prepare.");
    assertThat(d.sentences())
        .extracting(AnnotatedSentence::text)
        .containsExactly(
            "CCPA compliance lags as enforcement begins in earnest",
            "Enforcement of the act began on\nWednesday.",
            "Companies scrambled to prepare.");
  }

  @Test
  void sentenceLongerThanParseMaxlenKeepsTokensButGetsNoSentiment() {
    String menu = String.join(" ", Collections.nCopies(120, "Podcasts Newsletters"));
    AnnotatedDocument d = annotated("menu", menu + ".");
    assertThat(d.sentences()).as("one sentence").hasSize(1);
    assertThat(d.sentences().get(0).tokens()).as("tokens").hasSizeGreaterThan(200);
    assertThat(d.sentences().get(0).sentiment()).as("sentiment of an unparsed sentence").isEmpty();
  }

  @Test
  void longDocumentIsCutAtMaxChars() throws Exception {
    NlpConfig small =
        NlpConfigLoader.load(
            Optional.of(Path.of(NlpConfigLoader.DEFAULT_FILE)),
            Map.of(NlpConfigLoader.MAX_CHARS, "300"));
    AnnotationResult r = DocumentAnnotator.forConfig(small).annotate("cut", seedOriginalText());
    assertThat(r).as("result").isInstanceOf(AnnotatedDocument.class);
    AnnotatedDocument d = (AnnotatedDocument) r;
    assertThat(d.truncated()).as("truncated").isTrue();
    assertThat(d.annotatedChars()).as("annotated chars").isLessThanOrEqualTo(300);
    assertThat(d.sentences().get(d.sentences().size() - 1).end())
        .as("last offset")
        .isLessThanOrEqualTo(300);
  }

  @Test
  void twoThreadsSharingThePipelineProduceTheSameOutputAsOne() throws Exception {
    String text = seedOriginalText();
    List<String> docs = new ArrayList<>();
    for (String paragraph : text.split("\n\n")) {
      if (paragraph.length() > 150 && docs.size() < 6) {
        docs.add(paragraph);
      }
    }
    List<AnnotatedDocument> sequential = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      sequential.add(annotated("p" + i, docs.get(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<AnnotatedDocument>> parallel = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        int n = i;
        parallel.add(pool.submit(() -> annotated("p" + n, docs.get(n))));
      }
      for (int i = 0; i < docs.size(); i++) {
        AnnotatedDocument one = sequential.get(i);
        AnnotatedDocument two = parallel.get(i).get();
        assertThat(two.sentences()).as("sentences of paragraph " + i).isEqualTo(one.sentences());
        assertThat(two.mentions()).as("mentions of paragraph " + i).isEqualTo(one.mentions());
        assertThat(two.sentiment()).as("sentiment of paragraph " + i).isEqualTo(one.sentiment());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aRepeatedSentenceGoesThroughCoreNlpOnceAndReadsAsIfAnnotatedAgain() throws Exception {
    List<String> paragraphs =
        Arrays.stream(seedOriginalText().split("\n\n")).filter(p -> p.length() > 150).toList();
    String p0 = paragraphs.get(0);
    String p1 = paragraphs.get(1);
    String p2 = paragraphs.get(2);
    // p1 repeated at another place (other offsets, other sentence index), then a whole copy
    List<String> docs =
        List.of(p0 + "\n\n" + p1, "Breaking.\n\n" + p2 + "\n\n" + p1, p0 + "\n\n" + p1);
    DocumentAnnotator whole = DocumentAnnotator.wholeDocuments(config);
    SentenceCache.clearAll();
    List<Integer> analysed = new ArrayList<>();
    List<Integer> sentences = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      AnnotatedDocument reused = annotated("d" + i, docs.get(i));
      AnnotatedDocument every = (AnnotatedDocument) whole.annotate("d" + i, docs.get(i));
      assertThat(reused.sentences()).as("sentences of document " + i).isEqualTo(every.sentences());
      assertThat(reused.mentions()).as("mentions of document " + i).isEqualTo(every.mentions());
      assertThat(reused.sentiment()).as("sentiment of document " + i).isEqualTo(every.sentiment());
      assertThat(every.analysedSentences()).isEqualTo(every.sentences().size());
      analysed.add(reused.analysedSentences());
      sentences.add(every.sentences().size());
    }
    int sentencesOfP1 = ((AnnotatedDocument) whole.annotate("p1", p1)).sentences().size();
    int sentencesOfP2 = ((AnnotatedDocument) whole.annotate("p2", p2)).sentences().size();
    assertThat(analysed)
        .as("sentences through CoreNLP per document")
        .containsExactly(sentences.get(0), 1 + sentencesOfP2, 0);
    assertThat(sentencesOfP1).as("sentences of the repeated paragraph").isGreaterThan(1);
  }

  @Test
  void documentThatTimesOutYieldsAnErrorAndTheNextDocumentSucceeds() throws Exception {
    // 2 s for some 3,000 sentences, about a minute of work on any machine: never a race. Every
    // copy differs in each sentence, so none is reused from the copy before it.
    NlpConfig quick = config.withDocumentTimeout(Duration.ofSeconds(2));
    DocumentAnnotator limited = DocumentAnnotator.forConfig(quick);
    String seed = seedOriginalText();
    List<String> copies = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      copies.add(seed.replace(". ", " (" + i + "). "));
    }
    String longText = String.join("\n\n", copies);
    int abandonedBefore = DeadlineExecutor.abandonedWorkers();

    AnnotationResult slow = limited.annotate("slow", longText);
    AnnotationResult next =
        limited.annotate("next", "Anthropic said on Tuesday that Claude had improved.");

    assertThat(slow).as("long document").isInstanceOf(AnnotationFailure.class);
    AnnotationFailure failure = (AnnotationFailure) slow;
    assertThat(failure.kind()).as("kind").isEqualTo(AnnotationFailure.Kind.TIMEOUT);
    assertThat(failure.message())
        .as("message")
        .contains("slow", "nlp.document-timeout-seconds", "worker stopped");
    assertThat(DeadlineExecutor.abandonedWorkers())
        .as("CoreNLP honoured the interruption")
        .isEqualTo(abandonedBefore);
    assertThat(next).as("document after the timeout").isInstanceOf(AnnotatedDocument.class);
    assertThat(((AnnotatedDocument) next).mentions())
        .extracting(EntityMention::text)
        .as("next mentions")
        .contains("Anthropic", "Claude");
  }
}
