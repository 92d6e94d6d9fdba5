package dev.newsframes.cli;

import picocli.CommandLine.IVersionProvider;

/** The versions printed by {@code --version}: ours, Spark's and CoreNLP's. */
public final class Versions implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "newsframes " + dev.newsframes.runtime.BuildInfo.newsframesVersion(),
      "Stanford CoreNLP " + dev.newsframes.runtime.BuildInfo.coreNlpVersion(),
      "Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION(),
      "Java " + System.getProperty("java.version")
    };
  }

  /** Versions recorded in run manifests: ours, Spark's, CoreNLP's, Java's. */
  static java.util.Map<String, String> map(org.apache.spark.sql.SparkSession spark) {
    java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
    m.put("newsframes", dev.newsframes.runtime.BuildInfo.newsframesVersion());
    m.put("spark", spark.version());
    m.put("corenlp", dev.newsframes.runtime.BuildInfo.coreNlpVersion());
    m.put("java", System.getProperty("java.version"));
    return m;
  }

  /** The implementation version from a class's jar manifest, or "dev" when run from classes. */
  static String of(Class<?> c) {
    String v = c.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
