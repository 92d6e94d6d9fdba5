package dev.newsframes.cli;

import dev.newsframes.nlp.NlpConfig;
import dev.newsframes.nlp.NlpConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --config} and {@code --set} options shared by commands that run CoreNLP. */
public final class NlpConfigOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = {"Annotate settings; default, if present:", NlpConfigLoader.DEFAULT_FILE})
  Path config;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = "Override one setting, CoreNLP or nlp.*; repeatable.")
  Map<String, String> overrides = new LinkedHashMap<>();

  /**
   * The settings, with {@code extra} applied after {@code --set}.
   *
   * @throws ParameterException (exit code 2) when a setting is invalid
   */
  public NlpConfig load(Map<String, String> extra) {
    Optional<Path> file = Optional.ofNullable(config);
    Path fallback = Path.of(NlpConfigLoader.DEFAULT_FILE);
    if (file.isEmpty() && Files.isRegularFile(fallback)) {
      file = Optional.of(fallback);
    }
    if (file.isPresent() && !Files.isRegularFile(file.get())) {
      throw new ParameterException(spec.commandLine(), "--config: no such file: " + file.get());
    }
    Map<String, String> all = new LinkedHashMap<>(overrides);
    all.putAll(extra);
    try {
      return NlpConfigLoader.load(file, all);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  /** Where the settings came from, for reports. */
  public String source() {
    if (config != null) {
      return config.toString();
    }
    return Files.isRegularFile(Path.of(NlpConfigLoader.DEFAULT_FILE))
        ? NlpConfigLoader.DEFAULT_FILE
        : "built-in settings";
  }
}
