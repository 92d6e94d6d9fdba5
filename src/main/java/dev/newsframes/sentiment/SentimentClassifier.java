package dev.newsframes.sentiment;

import edu.stanford.nlp.classify.Classifier;
import edu.stanford.nlp.classify.ColumnDataClassifier;
import edu.stanford.nlp.classify.Dataset;
import edu.stanford.nlp.classify.LinearClassifier;
import edu.stanford.nlp.ling.Datum;
import edu.stanford.nlp.stats.Counter;
import edu.stanford.nlp.stats.Counters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A trained three-class sentence sentiment classifier: CoreNLP's {@link ColumnDataClassifier}
 * turning {@link SentenceFeatures} into lemma unigram and bigram and cue features, and a
 * regularised multinomial logistic regression (maximum entropy) model over them.
 *
 * <p>Immutable and safe to share between threads once built. The file form ({@link #toBytes()}) is
 * a gzipped Java serialization of the classifier settings and CoreNLP's {@link LinearClassifier},
 * readable only by the same feature {@link SentenceFeatures#VERSION}.
 */
public final class SentimentClassifier {
  private static final String MAGIC = "newsframes-sentiment-classifier";
  private static final int FORMAT = 1;

  // Java deserialization of a user-supplied file: admit only what a model holds.
  private static final ObjectInputFilter CLASSES =
      ObjectInputFilter.Config.createFilter("maxdepth=64;java.**;edu.stanford.nlp.**;!*");

  /** A labelled sentence to train on. */
  public record Example(SentenceFeatures features, Polarity polarity) {}

  /**
   * How to train.
   *
   * @param sigma standard deviation of the Gaussian prior on weights: smaller regularises more
   * @param minFeatureCount features seen in fewer training sentences are dropped
   */
  public record Settings(double sigma, int minFeatureCount) {
    public Settings {
      if (!(sigma > 0) || minFeatureCount < 1) {
        throw new IllegalArgumentException(
            "sigma must be positive and minFeatureCount at least 1: "
                + sigma
                + ", "
                + minFeatureCount);
      }
    }

    /**
     * The defaults, chosen by cross-validation on financial news (see the README, "News-domain
     * sentiment").
     */
    public static Settings defaults() {
      return new Settings(1.0, 1);
    }
  }

  private final Properties properties;
  private final LinearClassifier<String, String> classifier;
  private final String description;
  private final ColumnDataClassifier featurizer;

  private SentimentClassifier(
      Properties properties, LinearClassifier<String, String> classifier, String description) {
    this.properties = properties;
    this.classifier = classifier;
    this.description = description;
    this.featurizer = new ColumnDataClassifier(properties);
  }

  /**
   * Trains on {@code examples}, which must hold at least two classes.
   *
   * @param description what it was trained on, kept in the model file
   */
  public static SentimentClassifier train(
      List<Example> examples, Settings settings, String description) {
    Set<Polarity> classes = EnumSet.noneOf(Polarity.class);
    examples.forEach(e -> classes.add(e.polarity()));
    if (classes.size() < 2) {
      throw new IllegalArgumentException(
          "Cannot train a sentiment classifier on "
              + examples.size()
              + " sentences of classes "
              + classes
              + ": it needs at least two classes");
    }
    Properties props = properties(settings);
    ColumnDataClassifier cdc = new ColumnDataClassifier(props);
    Dataset<String, String> data = new Dataset<>();
    for (Example e : examples) {
      data.add(cdc.makeDatumFromStrings(e.features().columns(e.polarity().code())));
    }
    if (settings.minFeatureCount() > 1) {
      data.applyFeatureCountThreshold(settings.minFeatureCount());
    }
    Classifier<String, String> trained = cdc.makeClassifier(data);
    if (!(trained instanceof LinearClassifier<String, String> linear)) {
      throw new IllegalStateException("Expected a linear classifier, got " + trained.getClass());
    }
    return new SentimentClassifier(props, linear, description);
  }

  /** The ColumnDataClassifier settings: bigrams over terms, cues as single features. */
  static Properties properties(Settings settings) {
    Properties p = new Properties();
    p.setProperty("goldAnswerColumn", "0");
    p.setProperty("displayedColumn", "-1");
    p.setProperty("useClassFeature", "true");
    p.setProperty("sigma", Double.toString(settings.sigma()));
    p.setProperty("1.splitWordsRegexp", "\\s+");
    p.setProperty("1.useSplitWordNGrams", "true");
    p.setProperty("1.minWordNGramLeng", "1");
    p.setProperty("1.maxWordNGramLeng", "2");
    p.setProperty("2.splitWordsRegexp", "\\s+");
    p.setProperty("2.useSplitWords", "true");
    return p;
  }

  /** P(negative), P(neutral), P(positive), in {@link Polarity} order; classes never seen get 0. */
  public double[] probabilities(SentenceFeatures features) {
    Datum<String, String> datum = featurizer.makeDatumFromStrings(features.columns(""));
    Counter<String> p = classifier.probabilityOf(datum);
    double[] out = new double[Polarity.values().length];
    for (Polarity c : Polarity.values()) {
      out[c.ordinal()] = p.getCount(c.code());
    }
    return out;
  }

  /** The most probable class. */
  public Polarity classify(SentenceFeatures features) {
    double[] p = probabilities(features);
    Polarity best = Polarity.NEUTRAL;
    for (Polarity c : Polarity.values()) {
      if (p[c.ordinal()] > p[best.ordinal()]) {
        best = c;
      }
    }
    return best;
  }

  /** What it was trained on, as given to {@link #train}. */
  public String description() {
    return description;
  }

  /** The number of distinct features the model weighs. */
  public int featureCount() {
    return classifier.features().size();
  }

  /**
   * The {@code n} features that most favour {@code polarity}, readable ("profit rise", "cue
   * GOOD_NEWS").
   */
  public List<String> strongestFeatures(Polarity polarity, int n) {
    Counter<String> weights = classifier.weightsAsMapOfCounters().get(polarity.code());
    List<String> out = new ArrayList<>();
    if (weights == null) {
      return out;
    }
    for (String f : Counters.toSortedList(weights)) {
      if (out.size() == n) {
        break;
      }
      if (!f.equals("CLASS")) {
        out.add(readable(f));
      }
    }
    return out;
  }

  private static String readable(String feature) {
    if (feature.startsWith("1-SW#-")) {
      return feature.substring("1-SW#-".length()).replace('-', ' ');
    }
    return feature.startsWith("2-SW-") ? "cue " + feature.substring("2-SW-".length()) : feature;
  }

  /** The model file's content. */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(new GZIPOutputStream(bytes))) {
      out.writeUTF(MAGIC);
      out.writeInt(FORMAT);
      out.writeInt(SentenceFeatures.VERSION);
      out.writeObject(properties);
      out.writeUTF(description);
      out.writeObject(classifier);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot serialize the sentiment classifier", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Reads a model file's content.
   *
   * @param source where it came from, for messages
   * @throws IllegalArgumentException naming {@code source} when it is not a model this version of
   *     newsframes can use
   */
  public static SentimentClassifier fromBytes(byte[] content, String source) {
    try (ObjectInputStream in =
        new ObjectInputStream(new GZIPInputStream(new ByteArrayInputStream(content)))) {
      in.setObjectInputFilter(CLASSES);
      if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT) {
        throw notAModel(source, "unknown header", null);
      }
      int version = in.readInt();
      if (version != SentenceFeatures.VERSION) {
        throw new IllegalArgumentException(
            "Cannot use sentiment model "
                + source
                + ": it was trained on feature version "
                + version
                + ", this newsframes extracts version "
                + SentenceFeatures.VERSION
                + "; retrain it with newsframes train-sentiment");
      }
      Properties props = (Properties) in.readObject();
      String description = in.readUTF();
      @SuppressWarnings("unchecked")
      LinearClassifier<String, String> c = (LinearClassifier<String, String>) in.readObject();
      return new SentimentClassifier(props, c, description);
    } catch (InvalidClassException | ClassCastException | ClassNotFoundException e) {
      throw notAModel(source, e.toString(), e);
    } catch (IOException e) {
      throw notAModel(source, e.toString(), e);
    }
  }

  private static IllegalArgumentException notAModel(String source, String why, Exception cause) {
    return new IllegalArgumentException(
        String.format(
            Locale.ROOT,
            "Cannot read sentiment model %s: not a model written by newsframes train-sentiment (%s)",
            source,
            why),
        cause);
  }
}
