package dev.newsframes.trends;

import dev.newsframes.trends.presence.FrameHit;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds the frames of a sentence from its lemmas, tokens and entity mentions. Pure and thread-safe;
 * Serializable so Spark can broadcast it.
 *
 * <p>Rules, per frame: a lexicon word matches a sentence position when it equals the position's
 * lemma or its token (case-insensitive; hyphens join words, see {@link Terms}). Phrases match
 * contiguous positions. Matches are taken left to right, longest first, without overlap, so a lemma
 * inside a matched phrase is not counted again. Any match touching a position covered by one of the
 * frame's exclusions is cancelled. Entity triggers add one hit per matching mention unless the
 * mention's text is itself a word match of the frame in the sentence.
 */
public final class FrameMatcher implements Serializable {
  private static final long serialVersionUID = 1L;

  private enum Kind {
    TERM,
    EXCLUSION
  }

  private record Term(int frame, Kind kind, List<String> words, String display)
      implements Serializable {}

  private record Match(Term term, int start) {
    int end() {
      return start + term.words().size();
    }
  }

  private final List<Frame> frames;
  private final Map<String, List<Term>> termsByFirstWord = new HashMap<>();
  private final Map<String, List<Integer>> framesByEntity = new HashMap<>();
  private final Map<String, List<Integer>> framesByNerType = new HashMap<>();
  private final Map<String, String> entityDisplay = new HashMap<>();

  FrameMatcher(FrameLexicon lexicon) {
    this.frames = lexicon.frames();
    for (int f = 0; f < frames.size(); f++) {
      Frame frame = frames.get(f);
      for (String t : frame.lemmas()) {
        index(new Term(f, Kind.TERM, Terms.words(t), t));
      }
      for (String t : frame.phrases()) {
        index(new Term(f, Kind.TERM, Terms.words(t), t));
      }
      for (String t : frame.exclusions()) {
        index(new Term(f, Kind.EXCLUSION, Terms.words(t), t));
      }
      for (String e : frame.entities()) {
        String key = e.toLowerCase(Locale.ROOT);
        framesByEntity.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        entityDisplay.putIfAbsent(key, e);
      }
      for (String type : frame.nerTypes()) {
        framesByNerType.computeIfAbsent(type, k -> new ArrayList<>()).add(f);
      }
    }
  }

  private void index(Term term) {
    termsByFirstWord.computeIfAbsent(term.words().get(0), k -> new ArrayList<>()).add(term);
  }

  /** The frames hit by a sentence without entity mentions; see {@link #match(List, List, List)}. */
  public List<FrameHit> match(List<String> lemmas, List<String> tokens) {
    return match(lemmas, tokens, List.of());
  }

  /**
   * The frames hit by one sentence, in lexicon order, only those with at least one hit.
   *
   * @param lemmas the sentence's lemmas (null means none)
   * @param tokens its tokens, parallel to the lemmas; ignored when null or of another length
   * @param entities its entity mentions (null means none)
   */
  public List<FrameHit> match(
      List<String> lemmas, List<String> tokens, List<SentenceEntity> entities) {
    SentenceWords words = SentenceWords.of(lemmas, tokens);
    Map<Integer, List<Match>> byFrame = new TreeMap<>();
    for (Match m : allMatches(words)) {
      byFrame.computeIfAbsent(m.term().frame(), f -> new ArrayList<>()).add(m);
    }
    Map<Integer, Tally> tallies = new TreeMap<>();
    byFrame.forEach((f, matches) -> tallies.put(f, tally(matches, words)));
    addEntityHits(entities == null ? List.of() : entities, tallies);
    List<FrameHit> hits = new ArrayList<>();
    tallies.forEach(
        (f, t) -> {
          if (t.hits > 0) {
            hits.add(new FrameHit(frames.get(f).id(), t.hits, List.copyOf(t.terms)));
          }
        });
    return hits;
  }

  private List<Match> allMatches(SentenceWords words) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      collect(termsByFirstWord.get(words.lemma(i)), words, i, out);
      if (!words.token(i).equals(words.lemma(i))) {
        collect(termsByFirstWord.get(words.token(i)), words, i, out);
      }
    }
    return out;
  }

  private static void collect(List<Term> candidates, SentenceWords words, int i, List<Match> out) {
    if (candidates == null) {
      return;
    }
    for (Term t : candidates) {
      if (words.matchesAt(t.words(), i)) {
        out.add(new Match(t, i));
      }
    }
  }

  /** Hits of one frame: exclusions first, then non-overlapping matches, leftmost-longest. */
  private static Tally tally(List<Match> matches, SentenceWords words) {
    Tally tally = new Tally();
    if (matches.isEmpty()) {
      return tally;
    }
    boolean[] taken = new boolean[words.size()];
    for (Match m : matches) {
      if (m.term().kind() == Kind.EXCLUSION) {
        for (int p = m.start(); p < m.end(); p++) {
          taken[p] = true;
        }
      }
    }
    List<Match> terms = new ArrayList<>();
    for (Match m : matches) {
      if (m.term().kind() == Kind.TERM) {
        terms.add(m);
      }
    }
    terms.sort(
        Comparator.comparingInt(Match::start)
            .thenComparing(m -> m.term().words().size(), Comparator.reverseOrder()));
    for (Match m : terms) {
      if (isFree(taken, m)) {
        for (int p = m.start(); p < m.end(); p++) {
          taken[p] = true;
        }
        tally.hits++;
        tally.terms.add(m.term().display());
        tally.surfaces.add(String.join(" ", m.term().words()));
        tally.surfaces.add(words.tokenSpan(m.start(), m.end()));
      }
    }
    return tally;
  }

  private static boolean isFree(boolean[] taken, Match m) {
    for (int p = m.start(); p < m.end(); p++) {
      if (taken[p]) {
        return false;
      }
    }
    return true;
  }

  private void addEntityHits(List<SentenceEntity> entities, Map<Integer, Tally> tallies) {
    for (SentenceEntity e : entities) {
      Set<Integer> hitFrames = new HashSet<>();
      String surface = e.text() == null ? "" : Terms.canonical(e.text());
      if (e.canonical() != null) {
        String key = e.canonical().toLowerCase(Locale.ROOT);
        for (int f : framesByEntity.getOrDefault(key, List.of())) {
          Tally t = tallies.computeIfAbsent(f, k -> new Tally());
          if (hitFrames.add(f) && !t.surfaces.contains(surface)) {
            t.hits++;
            t.terms.add("entity:" + entityDisplay.get(key));
          }
        }
      }
      if (e.nerType() != null) {
        for (int f :
            framesByNerType.getOrDefault(e.nerType().toUpperCase(Locale.ROOT), List.of())) {
          Tally t = tallies.computeIfAbsent(f, k -> new Tally());
          if (hitFrames.add(f) && !t.surfaces.contains(surface)) {
            t.hits++;
            t.terms.add("ner:" + e.nerType().toUpperCase(Locale.ROOT));
          }
        }
      }
    }
  }

  private static final class Tally {
    int hits;
    final Set<String> terms = new LinkedHashSet<>();
    final Set<String> surfaces = new HashSet<>();
  }
}
