package dev.newsframes.sentiment.target;

import java.util.List;

/**
 * Token ids and types of one marked input, {@code [CLS] first [SEP] (second [SEP])}, with the
 * target's token span; a first segment too long for {@code maxTokens} keeps a window around the
 * target.
 */
record EncoderTokens(long[] ids, long[] types, int targetStart, int targetEnd, int firstEnd) {

  static EncoderTokens of(WordPieceTokenizer tok, TargetMarker.Marked m, int maxTokens) {
    List<WordPieceTokenizer.Piece> first = tok.tokenize(m.text());
    List<WordPieceTokenizer.Piece> second = m.second().map(tok::tokenize).orElse(List.of());
    int room = Math.max(8, maxTokens - 2 - (second.isEmpty() ? 0 : second.size() + 1));
    if (second.size() > maxTokens / 4) {
      second = second.subList(0, maxTokens / 4);
      room = maxTokens - 3 - second.size();
    }
    int ts = -1;
    int te = -1;
    for (int i = 0; i < first.size(); i++) {
      WordPieceTokenizer.Piece p = first.get(i);
      if (p.to() > m.from() && p.from() < m.to()) {
        ts = ts < 0 ? i : ts;
        te = i + 1;
      }
    }
    if (ts < 0) { // a mention of only control characters: use the piece after its start
      ts = 0;
      while (ts < first.size() - 1 && first.get(ts).to() <= m.from()) {
        ts++;
      }
      te = Math.min(first.size(), ts + 1);
    }
    int winStart = 0;
    if (first.size() > room) {
      int centre = (ts + te) / 2;
      winStart = Math.max(0, Math.min(first.size() - room, centre - room / 2));
      first = first.subList(winStart, winStart + room);
    }
    int n = 1 + first.size() + 1 + (second.isEmpty() ? 0 : second.size() + 1);
    long[] ids = new long[n];
    long[] types = new long[n];
    int k = 0;
    ids[k++] = tok.clsId();
    for (WordPieceTokenizer.Piece p : first) {
      ids[k++] = p.id();
    }
    int firstEnd = k;
    ids[k++] = tok.sepId();
    if (!second.isEmpty()) {
      for (WordPieceTokenizer.Piece p : second) {
        types[k] = 1;
        ids[k++] = p.id();
      }
      types[k] = 1;
      ids[k++] = tok.sepId();
    }
    int start = Math.max(1, Math.min(firstEnd - 1, 1 + ts - winStart));
    int end = Math.max(start + 1, Math.min(firstEnd, 1 + te - winStart));
    return new EncoderTokens(ids, types, start, end, firstEnd);
  }
}
