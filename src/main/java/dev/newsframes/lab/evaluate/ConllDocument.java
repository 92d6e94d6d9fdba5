package dev.newsframes.lab.evaluate;

import java.util.ArrayList;
import java.util.List;

/**
 * A document of a CoNLL-2003 file: sentences of tokens with their gold NER tags.
 *
 * <p>The format has one token per line with space-separated columns (token first, NER tag last), a
 * blank line after each sentence and a {@code -DOCSTART-} line before each document.
 */
public record ConllDocument(List<Sentence> sentences) {
  /** One sentence: parallel lists of tokens and IOB tags such as {@code I-PER}. */
  public record Sentence(List<String> tokens, List<String> tags) {
    public Sentence {
      tokens = List.copyOf(tokens);
      tags = List.copyOf(tags);
      if (tokens.size() != tags.size()) {
        throw new IllegalArgumentException("tokens and tags differ in length");
      }
    }
  }

  public ConllDocument {
    sentences = List.copyOf(sentences);
  }

  /** The documents of a CoNLL file's lines; {@code source} names it in error messages. */
  public static List<ConllDocument> parse(List<String> lines, String source) {
    List<ConllDocument> docs = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("-DOCSTART-") || line.isEmpty()) {
        if (!tokens.isEmpty()) {
          sentences.add(new Sentence(tokens, tags));
          tokens.clear();
          tags.clear();
        }
        if (line.startsWith("-DOCSTART-") && !sentences.isEmpty()) {
          docs.add(new ConllDocument(sentences));
          sentences.clear();
        }
        continue;
      }
      String[] cols = line.split("\\s+");
      if (cols.length < 2) {
        throw new IllegalArgumentException(
            "Cannot read CoNLL "
                + source
                + " line "
                + (i + 1)
                + ": expected token and tag, got \""
                + line
                + "\"");
      }
      tokens.add(cols[0]);
      tags.add(cols[cols.length - 1]);
    }
    if (!tokens.isEmpty()) {
      sentences.add(new Sentence(tokens, tags));
    }
    if (!sentences.isEmpty()) {
      docs.add(new ConllDocument(sentences));
    }
    return docs;
  }
}
