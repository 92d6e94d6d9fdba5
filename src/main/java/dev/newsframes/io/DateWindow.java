package dev.newsframes.io;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An inclusive range of publication dates a scheduled run processes ({@code --since/--until} or
 * {@code --date}). Re-running a window replaces exactly its partitions.
 */
public record DateWindow(LocalDate since, LocalDate until) implements Serializable {
  /** Longest window accepted; a window names partitions one by one. */
  public static final int MAX_DAYS = 3660;

  public DateWindow {
    if (until.isBefore(since)) {
      throw new IllegalArgumentException("--until " + until + " is before --since " + since);
    }
    if (since.plusDays(MAX_DAYS).isBefore(until)) {
      throw new IllegalArgumentException("a window spans at most " + MAX_DAYS + " days");
    }
  }

  /** Every date of the window, in order. */
  public List<LocalDate> dates() {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = since; !d.isAfter(until); d = d.plusDays(1)) {
      out.add(d);
    }
    return out;
  }

  /** The label of this window's batch partition, e.g. {@code 2024-03-05_2024-03-06}. */
  public String label() {
    return since + "_" + until;
  }

  public boolean contains(LocalDate d) {
    return !d.isBefore(since) && !d.isAfter(until);
  }
}
