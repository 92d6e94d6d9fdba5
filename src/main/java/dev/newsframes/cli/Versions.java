package dev.newsframes.cli;

import dev.newsframes.runtime.BuildInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.package$;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.IVersionProvider;

/** The versions printed by {@code --version}: ours, Spark's and CoreNLP's. */
public final class Versions implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {
      "newsframes " + BuildInfo.newsframesVersion(),
      "Stanford CoreNLP " + BuildInfo.coreNlpVersion(),
      "Spark " + package$.MODULE$.SPARK_VERSION(), // the Spark on the classpath, not the build's
      "Java " + System.getProperty("java.version")
    };
  }

  /** Versions recorded in run manifests: ours, Spark's, CoreNLP's, Java's. */
  static Map<String, String> map(SparkSession spark) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("newsframes", BuildInfo.newsframesVersion());
    m.put("spark", spark.version());
    m.put("corenlp", BuildInfo.coreNlpVersion());
    m.put("java", System.getProperty("java.version"));
    return m;
  }

  /** The implementation version from a class's jar manifest, or "dev" when run from classes. */
  static String of(Class<?> c) {
    String v = c.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
