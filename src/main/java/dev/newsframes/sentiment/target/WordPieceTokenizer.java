package dev.newsframes.sentiment.target;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The uncased BERT tokenizer (BertNormalizer, BertPreTokenizer, WordPiece) over a vocabulary read
 * from a Hugging Face {@code tokenizer.json}, giving each word piece its character span.
 *
 * <p>Hand-written rather than the native Hugging Face library so that the job jar carries no second
 * native library and every piece keeps its offsets into the original text. Immutable and
 * thread-safe.
 */
public final class WordPieceTokenizer {
  /** One word piece: its vocabulary id and the span {@code [from, to)} of the original text. */
  public record Piece(int id, int from, int to) {}

  private static final int MAX_WORD_CHARS = 100;
  private final Map<String, Integer> vocab;
  private final int unkId;
  private final int clsId;
  private final int sepId;

  private WordPieceTokenizer(Map<String, Integer> vocab) {
    this.vocab = Map.copyOf(vocab);
    this.unkId = idOf("[UNK]");
    this.clsId = idOf("[CLS]");
    this.sepId = idOf("[SEP]");
  }

  /** Reads the WordPiece vocabulary of a {@code tokenizer.json}; the stream is not closed. */
  public static WordPieceTokenizer fromTokenizerJson(InputStream json) throws IOException {
    JsonNode model = new ObjectMapper().readTree(json).path("model");
    if (!"WordPiece".equals(model.path("type").asText())) {
      throw new IOException("Not a WordPiece tokenizer.json: model.type " + model.path("type"));
    }
    Map<String, Integer> vocab = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = model.path("vocab").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      vocab.put(e.getKey(), e.getValue().asInt());
    }
    return new WordPieceTokenizer(vocab);
  }

  private int idOf(String token) {
    Integer id = vocab.get(token);
    if (id == null) {
      throw new IllegalArgumentException("Vocabulary lacks " + token);
    }
    return id;
  }

  /** The id of {@code [CLS]}. */
  public int clsId() {
    return clsId;
  }

  /** The id of {@code [SEP]}. */
  public int sepId() {
    return sepId;
  }

  /** The word pieces of {@code text}, without {@code [CLS]}/{@code [SEP]}. */
  public List<Piece> tokenize(String text) {
    List<Piece> pieces = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    List<Integer> origin = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR) {
        flush(word, origin, pieces, i);
      } else if (isControl(c)) {
        continue;
      } else if (isPunctuation(c) || isCjk(c)) {
        flush(word, origin, pieces, i);
        appendNormalized(c, i, word, origin);
        flush(word, origin, pieces, i + 1);
      } else {
        appendNormalized(c, i, word, origin);
      }
    }
    flush(word, origin, pieces, text.length());
    return pieces;
  }

  private static void appendNormalized(char c, int at, StringBuilder word, List<Integer> origin) {
    String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    for (int k = 0; k < decomposed.length(); k++) {
      char d = decomposed.charAt(k);
      if (Character.getType(d) != Character.NON_SPACING_MARK) {
        word.append(d);
        origin.add(at);
      }
    }
  }

  private void flush(StringBuilder word, List<Integer> origin, List<Piece> out, int end) {
    if (word.length() == 0) {
      return;
    }
    int wordEnd = origin.get(origin.size() - 1) + 1;
    if (word.length() > MAX_WORD_CHARS) {
      out.add(new Piece(unkId, origin.get(0), wordEnd));
    } else {
      wordPieces(word.toString(), origin, wordEnd, out);
    }
    word.setLength(0);
    origin.clear();
  }

  private void wordPieces(String word, List<Integer> origin, int wordEnd, List<Piece> out) {
    List<Piece> found = new ArrayList<>();
    int start = 0;
    while (start < word.length()) {
      int end = word.length();
      Integer id = null;
      while (start < end) {
        String sub = (start > 0 ? "##" : "") + word.substring(start, end);
        id = vocab.get(sub);
        if (id != null) {
          break;
        }
        end--;
      }
      if (id == null) {
        out.add(new Piece(unkId, origin.get(0), wordEnd));
        return;
      }
      int to = end < word.length() ? origin.get(end) : wordEnd;
      found.add(new Piece(id, origin.get(start), Math.max(to, origin.get(start) + 1)));
      start = end;
    }
    out.addAll(found);
  }

  private static boolean isControl(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    int type = Character.getType(c);
    return c == 0 || c == 0xFFFD || type == Character.CONTROL || type == Character.FORMAT;
  }

  private static boolean isPunctuation(char c) {
    if ((c >= 33 && c <= 47)
        || (c >= 58 && c <= 64)
        || (c >= 91 && c <= 96)
        || (c >= 123 && c <= 126)) {
      return true;
    }
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION ->
          true;
      default -> false;
    };
  }

  private static boolean isCjk(char c) {
    return (c >= 0x4E00 && c <= 0x9FFF)
        || (c >= 0x3400 && c <= 0x4DBF)
        || (c >= 0xF900 && c <= 0xFAFF);
  }
}
