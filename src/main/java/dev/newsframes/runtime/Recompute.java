package dev.newsframes.runtime;

/** Whether a stage that can tell its work is already done skips it. */
public enum Recompute {
  /** Skip when inputs, settings and outputs are what they were after the last run (default). */
  WHEN_CHANGED,
  /** Always do the work ({@code --full-refresh}). */
  ALWAYS
}
