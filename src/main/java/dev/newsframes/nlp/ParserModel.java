package dev.newsframes.nlp;

import java.util.Locale;

/** The constituency parsers that can feed the RNTN sentiment model, by CoreNLP model path. */
public enum ParserModel {
  /** The default lexicalised PCFG: slow (cubic in sentence length) but CoreNLP's reference. */
  PCFG("edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz"),
  /** The shift-reduce parser from the {@code models-english} jar: linear time, larger model. */
  SR("edu/stanford/nlp/models/srparser/englishSR.ser.gz");

  private final String path;

  ParserModel(String path) {
    this.path = path;
  }

  /** The value for CoreNLP's {@code parse.model} property. */
  public String path() {
    return path;
  }

  /** The option value, {@code pcfg} or {@code sr}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
