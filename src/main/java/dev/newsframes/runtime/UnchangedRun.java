package dev.newsframes.runtime;

import dev.newsframes.common.Hashes;
import dev.newsframes.io.StageState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The skip rule of a stage that can tell its work is already done: it skips when the stamp of its
 * inputs, its settings and the newsframes build are those of its last successful run and its
 * outputs are still the files that run wrote. Anything else (a new input file, another lexicon, a
 * rebuilt newsframes, a table rewritten or deleted since) runs the stage, so nothing stale is ever
 * served.
 *
 * <p>Use: {@link #lastRun} before the work (it forgets the old record when the stage must run, so a
 * failed run leaves nothing to skip on), {@link #done} after it.
 */
public final class UnchangedRun {
  static final String INPUTS = "inputs";
  static final String OUTPUTS = "outputs";

  /** The key of the last run's one-line summary among the recorded values. */
  public static final String SUMMARY = "summary";

  private final StageState state;
  private final String key;
  private final List<String> outputs;

  private UnchangedRun(StageState state, String key, List<String> outputs) {
    this.state = state;
    this.key = key;
    this.outputs = List.copyOf(outputs);
  }

  /**
   * @param inputs files or folders the stage reads
   * @param settings everything else its output depends on (options, lexicon fingerprint...)
   * @param outputs files or folders it writes
   */
  public static UnchangedRun of(
      StageState state, List<String> inputs, String settings, List<String> outputs) {
    String key =
        Hashes.sha256Hex(state.stamp(inputs) + "\n" + settings + "\n" + BuildInfo.buildStamp());
    return new UnchangedRun(state, key, outputs);
  }

  /**
   * The values the last run recorded when the work can be skipped; empty when it must run (always
   * with {@link Recompute#ALWAYS}).
   */
  public Optional<Map<String, String>> lastRun(Recompute recompute) {
    Optional<Map<String, String>> last =
        recompute == Recompute.ALWAYS
            ? Optional.empty()
            : state
                .lastRun()
                .filter(v -> key.equals(v.get(INPUTS)))
                .filter(v -> state.stamp(outputs).equals(v.get(OUTPUTS)));
    if (last.isEmpty()) {
      state.forget();
    }
    return last;
  }

  /** Records a successful run, its counts and summary (read back by {@link #lastRun}). */
  public void done(Map<String, ?> counts, String summary) {
    Map<String, String> values = new LinkedHashMap<>();
    counts.forEach((k, v) -> values.put(k, String.valueOf(v)));
    values.put(SUMMARY, summary);
    values.put(INPUTS, key);
    values.put(OUTPUTS, state.stamp(outputs));
    state.remember(values);
  }
}
