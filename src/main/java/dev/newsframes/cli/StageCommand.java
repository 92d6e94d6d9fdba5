package dev.newsframes.cli;

import dev.newsframes.runtime.Recompute;
import dev.newsframes.runtime.Stage;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that runs stages: its options mixins build them (checking every option before Spark
 * starts) and {@link Runs} runs them in order with the lock and the run manifest.
 */
abstract class StageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin SparkOptions spark = new SparkOptions();

  /** The stages to run, built from the parsed options; throws a usage error for bad ones. */
  abstract List<Stage> stages();

  /** The options of one stage as a mixin: builds the stage for a warehouse. */
  interface StageOptions {
    Stage toStage(String warehouse);
  }

  /** A command running one stage from one options mixin. */
  abstract static class Single extends StageCommand {
    @Mixin final StageOptions options;

    Single(StageOptions options) {
      this.options = options;
    }

    @Override
    final List<Stage> stages() {
      return List.of(options.toStage(spark.warehouse));
    }
  }

  /**
   * Whether the stages that can tell their work is already done recompute anyway; by default they
   * skip it ({@code --full-refresh} where a command offers it).
   */
  Recompute recompute() {
    return Recompute.WHEN_CHANGED;
  }

  @Override
  public final Integer call() throws Exception {
    return Runs.execute(spark, spec, stages(), recompute());
  }
}
