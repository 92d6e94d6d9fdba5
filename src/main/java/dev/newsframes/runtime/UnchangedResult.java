package dev.newsframes.runtime;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A stage that skipped its work because nothing it depends on changed ({@link UnchangedRun}): the
 * counts and summary of the run that wrote what is there.
 *
 * @param stage the stage's name
 * @param last what the last run recorded, its summary included
 */
public record UnchangedResult(String stage, Map<String, String> last, Duration duration)
    implements Stage.Result {

  @Override
  public Map<String, Object> counts() {
    Map<String, Object> m = new LinkedHashMap<>(last);
    m.remove(UnchangedRun.SUMMARY);
    m.remove(UnchangedRun.INPUTS);
    m.remove(UnchangedRun.OUTPUTS);
    m.put("unchanged_skipped", true);
    return m;
  }

  @Override
  public String summary() {
    String previous =
        last.getOrDefault(UnchangedRun.SUMMARY, "").replaceFirst("^" + stage + ": ", "");
    return String.format(
        Locale.ROOT,
        "%s: unchanged since its last run (same inputs, settings and build), skipped in %.1fs"
            + " (--full-refresh recomputes); that run: %s",
        stage,
        duration.toMillis() / 1000.0,
        previous);
  }
}
